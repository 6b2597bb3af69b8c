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
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SE010: JDBC URLs that explicitly switch TLS off for a remote database. */
public final class PlaintextDbConnectionCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("SE010", AuditArea.SECURITY, Severity.MEDIUM,
            "Database connection with TLS disabled",
            "sslmode=disable / useSSL=false sends credentials and every row in clear text between the service and "
                    + "a remote database.",
            "Use sslmode=verify-full (PostgreSQL) or sslMode=VERIFY_IDENTITY (MySQL) with the database's CA.",
            "spring.datasource.url: jdbc:postgresql://db.internal:5432/orders?sslmode=disable",
            "spring.datasource.url: jdbc:postgresql://db.internal:5432/orders?sslmode=verify-full")
            .scope("Every value (any key) of each module's production configuration view that starts with jdbc: or "
                            + "r2dbc: and contains sslmode=disable(d), useSSL=false, ssl=false, encrypt=false or "
                            + "requireSSL=false, with a host other than localhost, 127.x, 0.0.0.0, *.local, "
                            + "*.localhost, *.test, example hosts and placeholders.",
                    "URLs that are or start with a placeholder (${DB_URL:jdbc:...} is not expanded), URLs built in "
                            + "Java (DataSourceBuilder, HikariConfig.setJdbcUrl) or given by the environment, TLS "
                            + "switched off in separate keys (hikari data-source-properties, "
                            + "spring.r2dbc.properties), TLS that is not enforced (no sslmode at all, "
                            + "sslmode=prefer/require without verification, trustServerCertificate=true), IPv6 "
                            + "literals that start with :: (any [::..] host counts as local); a compose service name "
                            + "such as db counts as remote.");

    private static final Pattern DISABLED = Pattern.compile(
            "(sslmode=disable|usessl=false|sslmode=disabled|ssl=false|encrypt=false|requiressl=false)");
    private static final Pattern HOST = Pattern.compile("jdbc:\\w+(?::\\w+)?://(?:[^/@\\s;?,]{0,256}@)?([^/:;?,@]+)");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        for (ConfigSet set : project.configs()) {
            for (ConfigProperty p : set.productionView()) {
                String v = p.value().toLowerCase(Locale.ROOT);
                if (!v.startsWith("jdbc:") && !v.startsWith("r2dbc:")) {
                    continue;
                }
                Matcher host = HOST.matcher(v.replace("r2dbc:", "jdbc:"));
                Matcher off = DISABLED.matcher(v);
                if (off.find() && host.find() && !PlainHttpEndpointCheck.local(host.group(1))) {
                    Locations.at(p, sink, this, p.key() + " connects to " + host.group(1) + " with " + off.group(1));
                }
            }
        }
    }
}
