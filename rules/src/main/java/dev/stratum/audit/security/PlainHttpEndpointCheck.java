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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SE009: production configuration calling other services over plain http://. */
public final class PlainHttpEndpointCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("SE009", AuditArea.SECURITY, Severity.MEDIUM,
            "Plain http:// endpoint to another service",
            "Requests over http:// travel unencrypted and unauthenticated: tokens, personal data and responses can "
                    + "be read or changed by anything on the network path.",
            "Use https:// (with the service's certificate in a trust store if it is internal), or a service mesh "
                    + "with mTLS and say so in a comment.",
            "payments.base-url: http://payments.internal:8080",
            "payments.base-url: https://payments.internal");

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
                if (m.find() && !local(m.group(1)) && !p.key().toLowerCase(java.util.Locale.ROOT).contains("namespace")) {
                    Locations.at(p, sink, this, p.key() + " calls " + m.group(1) + " over plain http://");
                }
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
