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

/**
 * SE002: a secret written into the default or a production profile file (even when overridden), or a known token
 * format in any profile file. Any literal counts, weak defaults above all; placeholders, stand-in words and the
 * credentials of an in-memory database do not. The value is never printed.
 */
public final class HardcodedSecretInConfigCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("SE002", AuditArea.SECURITY, Severity.HIGH,
            "Hard-coded secret in configuration",
            "Passwords, client secrets and tokens in application.yml end up in the repository, the jar and every "
                    + "image layer. Anyone with read access to any of them has production credentials.",
            "Reference an environment variable or secret store without a literal fallback: "
                    + "spring.datasource.password: ${DB_PASSWORD}.",
            "spring.datasource.password: S3cr3t-Pa55",
            "spring.datasource.password: ${DB_PASSWORD}")
            .scope("Keys named like a secret (password, secret, token, api/access/private key, credentials) in every "
                            + "property source of the configuration model (application/bootstrap files, imported and "
                            + "@PropertySource files, files a Spring Cloud Config server serves from its native "
                            + "search-locations, and a committed .env beside a build file) in the default and every "
                            + "production profile, profiles the main file activates included; ${NAME:fallback} "
                            + "fallbacks; known token formats (AWS, GitHub, Slack, Stripe, Google, GitLab, private "
                            + "keys) in any profile. Not reported: empty values, placeholders, {cipher}/ENC(...) "
                            + "values, stand-in words (default, dummy, changeme, <...>) and the login of an in-memory "
                            + "database.",
                    "Secrets under names that do not say so, values set by environment variables or a config server "
                            + "outside the tree, and secrets in files of other formats (XML, JSON, Kubernetes manifests).");

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
                boolean deployed = set.isProduction(p.profile()) && !inMemoryLogin(set, p);
                if (!Secrets.secretName(p.key()) || !deployed) {
                    // a real token format is a leak in any profile; a dev/test profile's password (a local database)
                    // is not a production credential
                    if (Secrets.knownTokenFormat(p.value())) {
                        Locations.at(p, sink, this, p.key() + " holds a value with the format of a credential (value hidden)");
                    }
                    continue;
                }
                if (Secrets.configSecret(p.value()) || Secrets.knownTokenFormat(p.value())) {
                    Locations.at(p, sink, this, p.key() + " is a hard-coded secret (value hidden)");
                } else if (Secrets.placeholderDefaultIsConfigSecret(p.value())) {
                    Locations.at(p, sink, this, p.key() + " falls back to a hard-coded secret when the variable is unset (value hidden)");
                }
            }
        }
    }

    /** The datasource login of a database that lives and dies with the process guards nothing. */
    private static boolean inMemoryLogin(ConfigSet set, ConfigProperty p) {
        return p.canonicalKey().startsWith(ConfigProperty.canonical("spring.datasource.")) && set.inMemoryDatasource(p.profile());
    }
}
