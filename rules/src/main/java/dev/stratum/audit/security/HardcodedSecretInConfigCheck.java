package dev.stratum.audit.security;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Locations;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.config.ConfigProperty;
import dev.stratum.audit.config.ConfigSet;
import dev.stratum.audit.config.Profiles;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;

/**
 * SE002: a secret written into the default or a production profile file (even when overridden), or a known token
 * format in any profile file. The value is never printed.
 */
public final class HardcodedSecretInConfigCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("SE002", AuditArea.SECURITY, Severity.HIGH,
            "Hard-coded secret in configuration",
            "Passwords, client secrets and tokens in application.yml end up in the repository, the jar and every "
                    + "image layer. Anyone with read access to any of them has production credentials.",
            "Reference an environment variable or secret store without a literal fallback: "
                    + "spring.datasource.password: ${DB_PASSWORD}.",
            "spring.datasource.password: S3cr3t-Pa55",
            "spring.datasource.password: ${DB_PASSWORD}");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        for (ConfigSet set : project.configs()) {
            // every file as written, not the effective production view: a secret committed in application.yml stays
            // in the repository and the jar even when a prod profile overrides it
            for (ConfigProperty p : set.all()) {
                boolean deployed = Profiles.isProduction(p.profile());
                if (!Secrets.secretName(p.key()) || !deployed) {
                    // a real token format is a leak in any profile; a dev/test profile's password (a local database)
                    // is not a production credential
                    if (Secrets.knownTokenFormat(p.value())) {
                        Locations.at(p, sink, this, p.key() + " holds a value with the format of a credential (value hidden)");
                    }
                    continue;
                }
                if (Secrets.literalSecret(p.value()) || Secrets.knownTokenFormat(p.value())) {
                    Locations.at(p, sink, this, p.key() + " is a hard-coded secret (value hidden)");
                } else if (Secrets.placeholderDefaultIsSecret(p.value())) {
                    Locations.at(p, sink, this, p.key() + " falls back to a hard-coded secret when the variable is unset (value hidden)");
                }
            }
        }
    }
}
