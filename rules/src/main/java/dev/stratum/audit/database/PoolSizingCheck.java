package dev.stratum.audit.database;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Locations;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;

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
                            + "production view, and any setMaximumPoolSize(..) call.",
                    "connection-timeout and other pools (Tomcat JDBC, DBCP2, the R2DBC pool); pools sized under "
                            + "another prefix (several data sources, own @ConfigurationProperties) or by "
                            + "environment variables are reported, and any setMaximumPoolSize call counts, a "
                            + "ThreadPoolExecutor's included.");

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
        if (!project.hasConfig("spring.datasource.hikari.maximum-pool-size")
                && !project.types().hasCall("setMaximumPoolSize")) {
            Locations.atDependency(project, sink, this, "the connection pool size is left at HikariCP's default",
                    "spring-boot-starter-data-jpa", "spring-boot-starter-jdbc", "HikariCP");
        }
    }
}
