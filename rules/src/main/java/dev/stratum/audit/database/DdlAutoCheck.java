package dev.stratum.audit.database;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Locations;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.audit.config.ConfigProperty;
import dev.stratum.audit.config.ConfigSet;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** DB001: Hibernate creating or altering the schema in production. */
public final class DdlAutoCheck implements ProjectCheck, SourceCheck {
    static final RuleMeta META = new RuleMeta("DB001", AuditArea.DATABASE, Severity.HIGH,
            "Hibernate schema generation outside tests",
            "ddl-auto=create/create-drop drops data on every start; update alters the live schema with no review, "
                    + "no rollback and no history, and silently skips changes it cannot make.",
            "Set spring.jpa.hibernate.ddl-auto to validate (or none) and manage the schema with Flyway or "
                    + "Liquibase migrations; keep create-drop for tests only.",
            "spring.jpa.hibernate.ddl-auto: update",
            "spring.jpa.hibernate.ddl-auto: validate\nspring.flyway.enabled: true")
            .scope("spring.jpa.hibernate.ddl-auto and the hbm2ddl/schema-generation keys under spring.jpa.properties, "
                            + "and the native hibernate.hbm2ddl.auto and jakarta/javax.persistence.schema-generation.database.action "
                            + "(persistence.xml, hibernate.cfg.xml, hibernate.properties), from the configuration model: every "
                            + "production profile (the default, any profile not named like dev/test/unittest/it/local/h2/ci/"
                            + "e2e/docker-compose, and a dev profile the main file activates), files loaded by spring.config.import and @PropertySource inside the tree "
                            + "included; put/setProperty calls in Java with those keys (or AvailableSettings.HBM2DDL_AUTO) "
                            + "and a literal value.",
                    "Values computed at run time or set by environment variables, system properties or a config server.");

    /** The native keys (Hibernate and JPA), as written in persistence.xml, hibernate.properties and Java. */
    private static final Set<String> NATIVE_KEYS = Set.of("hibernate.hbm2ddl.auto",
            "jakarta.persistence.schema-generation.database.action", "javax.persistence.schema-generation.database.action");
    private static final Set<String> CONSTANTS = Set.of("HBM2DDL_AUTO", "JAKARTA_HBM2DDL_DATABASE_ACTION",
            "HBM2DDL_DATABASE_ACTION", "JPA_HBM2DDL_DATABASE_ACTION");

    private static final List<String> KEYS = List.of("spring.jpa.hibernate.ddl-auto",
            "spring.jpa.properties.hibernate.hbm2ddl.auto", "spring.jpa.properties.jakarta.persistence.schema-generation.database.action",
            "spring.jpa.properties.javax.persistence.schema-generation.database.action",
            // native settings (persistence.xml, hibernate.properties) and the same keys passed through as-is
            "hibernate.hbm2ddl.auto", "jakarta.persistence.schema-generation.database.action",
            "javax.persistence.schema-generation.database.action");
    private static final Set<String> DANGEROUS = Set.of("create", "create-drop", "update", "drop-and-create", "drop");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        for (ConfigSet set : project.configs()) {
            for (String key : KEYS) {
                for (ConfigProperty p : set.productionValues(key)) {
                    String v = p.value().strip().toLowerCase(Locale.ROOT);
                    if (DANGEROUS.contains(v)) {
                        Locations.at(p, sink, this, key + "=" + v + " lets Hibernate change the production schema"
                                + set.inProfile(p));
                    }
                }
            }
        }
    }

    /** {@code props.put("hibernate.hbm2ddl.auto", "update")}, {@code setProperty(AvailableSettings.HBM2DDL_AUTO, "create")}. */
    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("hbm2ddl") && !file.mentions("HBM2DDL") && !file.mentions("schema-generation")) {
            return;
        }
        for (MethodCallExpr call : file.all(MethodCallExpr.class)) {
            if (call.getArguments().size() != 2 || !Set.of("put", "setProperty", "addProperty", "with")
                    .contains(call.getNameAsString())) {
                continue;
            }
            Expression key = call.getArgument(0);
            boolean ddlKey = key instanceof StringLiteralExpr s && NATIVE_KEYS.contains(s.asString())
                    || key instanceof FieldAccessExpr f && CONSTANTS.contains(f.getNameAsString())
                    || key instanceof NameExpr n && CONSTANTS.contains(n.getNameAsString());
            if (ddlKey && call.getArgument(1) instanceof StringLiteralExpr v
                    && DANGEROUS.contains(v.asString().strip().toLowerCase(Locale.ROOT))) {
                sink.report(this, call, "Hibernate is configured in code with schema action '" + v.asString()
                        + "': it changes the production schema");
            }
        }
    }

}
