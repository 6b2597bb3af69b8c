package dev.stratum.audit.database;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Locations;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.List;

/** DB002: a relational schema (JPA entities, or SQL through MyBatis, JDBC or jOOQ) with no schema migration tool. */
public final class NoMigrationToolCheck implements ProjectCheck {
    /** Libraries that talk SQL to a schema the application does not create itself, in reporting order. */
    static final List<String> SQL_LIBRARIES = List.of("mybatis-spring-boot-starter", "mybatis-plus-boot-starter",
            "mybatis-plus-spring-boot3-starter", "pagehelper-spring-boot-starter", "mybatis-spring", "mybatis",
            "spring-boot-starter-data-jdbc", "spring-boot-starter-jdbc", "spring-boot-starter-jooq", "jooq");

    static final RuleMeta META = new RuleMeta("DB002", AuditArea.DATABASE, Severity.MEDIUM,
            "Relational schema without Flyway or Liquibase",
            "Entities and SQL mappers change; without versioned migrations the production schema drifts from the "
                    + "code and every release needs hand-written SQL (or a hand-run dump) run by someone at the right moment.",
            "Add Flyway (or Liquibase), put the current schema in V1__init.sql and let ddl-auto validate it.",
            "<artifactId>spring-boot-starter-data-jpa</artifactId>  <!-- and no flyway; or mybatis with a schema.sql dump -->",
            "<artifactId>spring-boot-starter-flyway</artifactId>\nsrc/main/resources/db/migration/V1__init.sql")
            .scope("JPA entities in the sources, or a SQL mapper or JDBC library in the build (MyBatis, MyBatis-Plus, "
                            + "PageHelper, Spring Data JDBC, spring-jdbc's starter, jOOQ); Flyway or Liquibase in the "
                            + "build, and migration files (db/migration/*.sql, Liquibase changelogs)",
                    "migrations run by another tool or repository (a DBA's scripts, a separate migration service); "
                            + "JDBC used without its starter (a bare DataSource)");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        var deps = project.dependencies();
        boolean sql = SQL_LIBRARIES.stream().anyMatch(deps::has);
        if (!project.types().hasEntities() && !sql || deps.isEmpty() || project.migrations().hasMigrations()
                || deps.hasPrefix("flyway") || deps.hasPrefix("liquibase") || deps.has("spring-boot-starter-flyway")) {
            return;
        }
        if (project.types().hasEntities()) {
            Locations.atDependency(project, sink, this, "JPA entities but no Flyway or Liquibase migrations",
                    "spring-boot-starter-data-jpa", "hibernate-core");
        } else {
            String library = SQL_LIBRARIES.stream().filter(deps::has).findFirst().orElseThrow();
            Locations.atDependency(project, sink, this, "SQL through " + library
                    + " but no Flyway or Liquibase migrations", library);
        }
    }
}
