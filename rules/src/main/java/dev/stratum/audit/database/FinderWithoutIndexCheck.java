package dev.stratum.audit.database;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.model.EntityMapping;
import dev.stratum.audit.model.MethodInfo;
import dev.stratum.audit.model.ProjectType;
import dev.stratum.audit.model.TypeKind;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.Optional;

/**
 * DB006: a derived finder filters on a column that no index in the migrations leads with. Only reported when
 * the migrations create the entity's table, so their index list is known to be complete.
 */
public final class FinderWithoutIndexCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("DB006", AuditArea.DATABASE, Severity.MEDIUM,
            "Finder on a column with no index",
            "A derived query such as findByEmail filters on a column that no index in the migrations starts with: "
                    + "every call scans the whole table, which is fine with 100 rows and a timeout with 10 million.",
            "Add an index in a new migration (CREATE INDEX idx_customer_email ON customer (email)), or a unique "
                    + "constraint if the value is unique.",
            "Optional<Customer> findByEmail(String email);  // no index on customer.email",
            "-- V7__index_customer_email.sql\nCREATE UNIQUE INDEX ux_customer_email ON customer (email);")
            .scope("repository interfaces of the project (through its own base interfaces) and Spring Data derived queries (find|read|get|query|search|stream|count|exists|delete|remove, any subject such as First10/Top/Distinct, By, criteria), the entity mapping and the indexes the SQL migrations create",
                    "indexes created outside the migrations (by hand, by Hibernate); @Query methods; tables the migrations do not create (then the index list is not known to be complete)");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        var types = project.types();
        for (ProjectType repository : types.ofKind(TypeKind.REPOSITORY)) {
            String entity = types.repositoryEntity(repository.name()).orElse("");
            if (entity.isEmpty() || !repository.info().declaredAsInterface()) {
                continue;
            }
            for (MethodInfo m : repository.methods()) {
                if (m.annotated("Query") || m.annotated("NativeQuery")) {
                    continue;
                }
                FinderGrammar.leadingProperty(m.name()).filter(p -> unindexed(project, entity, p)).ifPresent(p -> sink.report(this,
                        repository.file(), m.line(), m.name() + " filters on " + entity + "." + p
                                + ", which no index in the migrations covers"));
            }
        }
    }

    /** Known to the migrations (so their index list is complete), not the id, and no index leads with it. */
    private static boolean unindexed(ProjectModel project, String entity, String property) {
        Optional<EntityMapping> mapping = project.types().entity(entity);
        if (mapping.isEmpty() || !project.migrations().knowsTable(mapping.get().table())
                || mapping.get().ids().contains(property)) {
            return false;
        }
        String column = mapping.get().columns().get(property);
        if (column == null && property.endsWith("Id") && property.length() > 2) {
            column = mapping.get().columns().get(property.substring(0, property.length() - 2));
        }
        return column != null && !project.migrations().isIndexed(mapping.get().table(), column);
    }
}
