package dev.stratum.audit.database;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Locations;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.config.ConfigSet;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** DB001: Hibernate creating or altering the schema in production. */
public final class DdlAutoCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("DB001", AuditArea.DATABASE, Severity.HIGH,
            "Hibernate schema generation outside tests",
            "ddl-auto=create/create-drop drops data on every start; update alters the live schema with no review, "
                    + "no rollback and no history, and silently skips changes it cannot make.",
            "Set spring.jpa.hibernate.ddl-auto to validate (or none) and manage the schema with Flyway or "
                    + "Liquibase migrations; keep create-drop for tests only.",
            "spring.jpa.hibernate.ddl-auto: update",
            "spring.jpa.hibernate.ddl-auto: validate\nspring.flyway.enabled: true");

    private static final List<String> KEYS = List.of("spring.jpa.hibernate.ddl-auto",
            "spring.jpa.properties.hibernate.hbm2ddl.auto", "spring.jpa.properties.jakarta.persistence.schema-generation.database.action",
            "spring.jpa.properties.javax.persistence.schema-generation.database.action");
    private static final Set<String> DANGEROUS = Set.of("create", "create-drop", "update", "drop-and-create", "drop");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        for (ConfigSet set : project.configs()) {
            for (String key : KEYS) {
                set.get(key).ifPresent(p -> {
                    String v = p.value().strip().toLowerCase(Locale.ROOT);
                    if (DANGEROUS.contains(v)) {
                        Locations.at(p, sink, this, key + "=" + v + " lets Hibernate change the production schema");
                    }
                });
            }
        }
    }

}
