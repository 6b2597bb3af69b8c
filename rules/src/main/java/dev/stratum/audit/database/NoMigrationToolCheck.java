package dev.stratum.audit.database;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Locations;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;

/** DB002: JPA entities with no schema migration tool. */
public final class NoMigrationToolCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("DB002", AuditArea.DATABASE, Severity.MEDIUM,
            "JPA entities without Flyway or Liquibase",
            "Entities change; without versioned migrations the production schema drifts from the code and every "
                    + "release needs hand-written SQL run by someone at the right moment.",
            "Add Flyway (or Liquibase), put the current schema in V1__init.sql and let ddl-auto validate it.",
            "<artifactId>spring-boot-starter-data-jpa</artifactId>  <!-- and no flyway -->",
            "<artifactId>spring-boot-starter-flyway</artifactId>\nsrc/main/resources/db/migration/V1__init.sql");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        var deps = project.dependencies();
        if (!project.types().hasEntities() || deps.isEmpty() || project.migrations().hasMigrations()
                || deps.hasPrefix("flyway") || deps.hasPrefix("liquibase") || deps.has("spring-boot-starter-flyway")) {
            return;
        }
        Locations.atDependency(project, sink, this, "JPA entities but no Flyway or Liquibase migrations",
                "spring-boot-starter-data-jpa", "hibernate-core");
    }
}
