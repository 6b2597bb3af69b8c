package dev.stratum.audit.database;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Locations;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.model.CallSite;
import dev.stratum.audit.model.MethodInfo;
import dev.stratum.audit.model.ProjectType;
import dev.stratum.audit.model.ProjectTypes;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.Set;

/** DB008: connection pool left at defaults. */
public final class PoolSizingCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("DB008", AuditArea.DATABASE, Severity.LOW,
            "Connection pool not sized",
            "HikariCP defaults to 10 connections and a 30 second wait for one. Whether that fits depends on the "
                    + "thread count, the database's max_connections and the number of instances; unsized pools "
                    + "fail as timeouts under the first real load.",
            "Set spring.datasource.hikari.maximum-pool-size (and connection-timeout) deliberately, from the "
                    + "expected concurrency and the database's connection budget.",
            "# no spring.datasource.hikari.* settings",
            "spring.datasource.hikari.maximum-pool-size: 20\nspring.datasource.hikari.connection-timeout: 2s")
            .scope("HikariCP on the class path (declared or through the JPA/JDBC starter) in a Spring Boot project "
                            + "with configuration files, spring.datasource.hikari.maximum-pool-size in any module's "
                            + "production view, and setMaximumPoolSize(..) calls whose receiver the typed model "
                            + "resolves to HikariConfig or HikariDataSource (a field, parameter or local of that "
                            + "type, or a project subclass calling it on itself; a ThreadPoolExecutor's does not "
                            + "count).",
                    "connection-timeout and other pools (Tomcat JDBC, DBCP2, the R2DBC pool); pools sized under "
                            + "another prefix (several data sources, own @ConfigurationProperties) or by "
                            + "environment variables are reported, and so is a Hikari pool sized on a receiver whose "
                            + "type the model cannot resolve (a builder chain, new HikariConfig().setMaximumPoolSize, "
                            + "a lambda parameter).");

    /** HikariCP's configurable types: HikariDataSource extends HikariConfig. */
    private static final Set<String> HIKARI = Set.of("HikariConfig", "HikariDataSource");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        var deps = project.dependencies();
        if (!deps.has("HikariCP") || !project.isSpringBoot() || project.configs().isEmpty()) {
            return;
        }
        if (!project.hasConfig("spring.datasource.hikari.maximum-pool-size") && !sizedInCode(project.types())) {
            Locations.atDependency(project, sink, this, "the connection pool size is left at HikariCP's default",
                    "spring-boot-starter-data-jpa", "spring-boot-starter-jdbc", "HikariCP");
        }
    }

    /** A setMaximumPoolSize(..) call made on a HikariConfig or HikariDataSource (or a project subclass of one). */
    private static boolean sizedInCode(ProjectTypes types) {
        if (!types.hasCall("setMaximumPoolSize")) {
            return false;
        }
        for (ProjectType t : types.all()) {
            for (MethodInfo m : t.methods()) {
                for (CallSite call : m.calls()) {
                    if (call.method().equals("setMaximumPoolSize")
                            && types.receiverType(m, call).filter(r -> isHikari(types, r)).isPresent()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isHikari(ProjectTypes types, String type) {
        return HIKARI.contains(type)
                || types.named(type).stream().anyMatch(t -> t.allSupertypes().stream().anyMatch(HIKARI::contains));
    }
}
