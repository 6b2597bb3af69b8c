package dev.stratum.audit.security;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Locations;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.config.ConfigProperty;
import dev.stratum.audit.config.ConfigSet;
import dev.stratum.audit.config.Placeholders;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SE009: production configuration calling other services over plain http://, including a Spring Cloud Vault client
 * whose scheme is http. A host that is a stand-in word ({@code http://dummy}) names no service.
 */
public final class PlainHttpEndpointCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("SE009", AuditArea.SECURITY, Severity.MEDIUM,
            "Plain http:// endpoint to another service",
            "Requests over http:// travel unencrypted and unauthenticated: tokens, personal data and responses can "
                    + "be read or changed by anything on the network path.",
            "Use https:// (with the service's certificate in a trust store if it is internal), or a service mesh "
                    + "with mTLS and say so in a comment.",
            "payments.base-url: http://payments.internal:8080",
            "payments.base-url: https://payments.internal")
            .scope("Every value of the production configuration view (placeholder fallbacks included) holding an "
                            + "http:// URL to a host that is not local, documentation or a stand-in word (dummy, "
                            + "default, <host>); spring.cloud.vault.scheme resolving to http while Spring Cloud Vault "
                            + "is on the class path, not disabled and given no spring.cloud.vault.uri (the scheme's own "
                            + "default is https).",
                    "URLs built in code, set by environment variables, or inside a service mesh that adds TLS.");

    private static final Pattern HTTP = Pattern.compile("(?<![\\w$])http://(?:[^/@\\s,;\"'}]{0,256}@)?([^/:\\s,;\"'}@]+)");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        for (ConfigSet set : project.configs()) {
            for (ConfigProperty p : set.productionView()) {
                Matcher m = HTTP.matcher(p.value());
                if (m.find() && !local(m.group(1)) && !Placeholders.isDummy(m.group(1))
                        && !p.key().toLowerCase(java.util.Locale.ROOT).contains("namespace")) {
                    Locations.at(p, sink, this, p.key() + " calls " + m.group(1) + " over plain http://");
                }
            }
            vaultScheme(project, set, sink);
        }
    }

    /** Spring Cloud Vault fetches the token's secrets over this scheme; https unless set. */
    private void vaultScheme(ProjectModel project, ConfigSet set, FindingSink sink) {
        if (!project.dependencies().hasPrefix("spring-cloud-starter-vault") && !project.dependencies().has("spring-cloud-vault-config")) {
            return;
        }
        boolean disabled = set.get("spring.cloud.vault.enabled")
                .flatMap(e -> Placeholders.withDefaults(e.value())).map(v -> v.strip().equalsIgnoreCase("false")).orElse(false);
        if (disabled || set.isSet("spring.cloud.vault.uri")) {
            return; // a uri replaces scheme, host and port; the http:// test above judges it
        }
        for (ConfigProperty scheme : set.productionValues("spring.cloud.vault.scheme")) {
            if (Placeholders.withDefaults(scheme.value()).map(v -> v.strip().equalsIgnoreCase("http")).orElse(false)) {
                Locations.at(scheme, sink, this, "spring.cloud.vault.scheme " + (Placeholders.isExternal(scheme.value())
                        ? "falls back to http" : "is http") + ": the Vault token and every secret it reads travel unencrypted");
            }
        }
    }

    static boolean local(String host) {
        String h = host.toLowerCase(java.util.Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("0.0.0.0") || h.equals("[") || h.startsWith("[::1")
                || h.equals("host.docker.internal") || h.endsWith(".localhost") || h.endsWith(".local")
                || h.endsWith(".test") || h.endsWith(".example") || h.equals("example.com") || h.endsWith(".example.com")
                || h.startsWith("$");
    }
}
