package dev.stratum.audit.security;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Locations;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.config.ConfigProperty;
import dev.stratum.audit.config.ConfigSet;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;

/** SE002: a secret written into the production configuration. The value is never printed. */
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
            for (ConfigProperty p : set.productionView()) {
                if (!Secrets.secretName(p.key())) {
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
