package dev.stratum.audit.database;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.model.EntityMapping;
import dev.stratum.audit.model.MethodInfo;
import dev.stratum.audit.model.ProjectType;
import dev.stratum.audit.model.TypeKind;
import dev.stratum.audit.model.TypeRef;
import dev.stratum.finding.Location;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * DB006: a derived finder filters on columns of which no index leads with any. Only reported when the index list is
 * known to be complete: the migrations create the entity's table, or a MongoDB document declares its indexes in its
 * mapping; one finding per column, the other finders on it as locations.
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
            .scope("repository interfaces of the project (through its own base interfaces) and Spring Data derived queries on JPA entities and MongoDB documents (find|read|get|query|search|stream|count|exists|delete|remove, any subject such as First10/Top/Distinct, By, criteria joined by And/Or), the entity mapping and the indexes the SQL migrations create; for MongoDB, the _id index of the @Id field (a field of an embedded @Id is not served by it) and @Indexed fields. A finder is served when every Or branch has a criterion on an indexed column (or the id); otherwise the first column of the branch an index would help is reported. Not reported: boolean and enum columns (few distinct values: an index on them alone is rarely used), element collections (their own table), reference tables (rows seeded by the migrations, or narrow lookup tables other entities point at)",
                    "indexes created outside the migrations (by hand, by Hibernate, by a MongoDB script; a MongoDB type with @CompoundIndex or a project creating indexes in code is not judged); @Query methods; tables the migrations do not create (then the index list is not known to be complete); nested property paths; a rare flag value that a partial index would serve; how many rows a table really holds (a small configuration table that is neither seeded nor a lookup table is reported)");

    /** Column types with few distinct values: an index on one of them alone is rarely chosen by the planner. */
    private static final Set<String> LOW_CARDINALITY = Set.of("boolean", "Boolean");

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** An unindexed column of an entity, and the finders that filter on it. */
    private record Column(String entity, String property, String file, List<MethodInfo> finders) {
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        var types = project.types();
        ReferenceTables reference = new ReferenceTables(project);
        for (ProjectType repository : types.ofKind(TypeKind.REPOSITORY)) {
            String entity = types.repositoryEntity(repository.name()).orElse("");
            if (entity.isEmpty() || !repository.info().declaredAsInterface()) {
                continue;
            }
            Optional<IndexLookup> lookup = lookup(project, repository, entity, reference);
            if (lookup.isEmpty()) {
                continue;
            }
            Map<String, Column> columns = new LinkedHashMap<>();
            for (MethodInfo m : repository.methods()) {
                if (m.annotated("Query") || m.annotated("NativeQuery") || m.annotated("Aggregation")) {
                    continue;
                }
                unserved(project, entity, lookup.get(), m.name()).ifPresent(p -> columns.computeIfAbsent(p,
                        k -> new Column(entity, p, repository.file(), new ArrayList<>())).finders().add(m));
            }
            columns.values().forEach(c -> report(c, sink));
        }
    }

    /** Whether a property is served by an index, as far as the schema tells. */
    private interface IndexLookup {
        MongoIndexes.Path path(String property);
    }

    /**
     * How to look up an entity's indexes: a JPA table the migrations create (not reference data), or a MongoDB
     * document whose indexes its mapping declares; empty when the index list is not known to be complete.
     */
    private static Optional<IndexLookup> lookup(ProjectModel project, ProjectType repository, String entity,
                                                ReferenceTables reference) {
        Optional<EntityMapping> mapping = project.types().entity(entity);
        if (mapping.isPresent()) {
            EntityMapping m = mapping.get();
            if (!project.migrations().knowsTable(m.table()) || reference.isReference(entity)) {
                return Optional.empty();
            }
            return Optional.of(property -> {
                if (m.ids().contains(property)) {
                    return MongoIndexes.Path.INDEXED;
                }
                String column = column(m, property);
                return column == null ? MongoIndexes.Path.UNKNOWN : project.migrations().isIndexed(m.table(), column)
                        ? MongoIndexes.Path.INDEXED : MongoIndexes.Path.UNINDEXED;
            });
        }
        if (!MongoIndexes.isMongo(project, repository)) {
            return Optional.empty();
        }
        return project.types().named(entity).stream().filter(t -> t.is(TypeKind.ENTITY))
                .filter(t -> MongoIndexes.known(project.types(), t)).findFirst()
                .map(t -> property -> MongoIndexes.path(project.types(), t, property));
    }

    private void report(Column c, FindingSink sink) {
        MethodInfo first = c.finders().get(0);
        String others = c.finders().size() == 1 ? "" : " (and " + (c.finders().size() - 1) + " more finder"
                + (c.finders().size() > 2 ? "s" : "") + " on it)";
        List<Location> related = c.finders().stream().skip(1).map(m -> new Location(c.file(), m.line(), m.line())).toList();
        sink.report(this, c.file(), first.line(), first.line(), first.name() + " filters on " + c.entity() + "."
                + c.property() + ", which no index covers" + others, related);
    }

    /**
     * The property to report for a finder: of the first Or branch that no index serves, the first criterion an
     * index would help; empty when every branch is served or a branch cannot be judged.
     */
    private static Optional<String> unserved(ProjectModel project, String entity, IndexLookup lookup, String finder) {
        for (List<FinderGrammar.Criterion> branch : FinderGrammar.criteria(finder)) {
            String candidate = null;
            boolean served = false;
            for (FinderGrammar.Criterion c : branch) {
                MongoIndexes.Path path = lookup.path(c.property());
                if (path == MongoIndexes.Path.UNKNOWN) {
                    return Optional.empty(); // an unmapped property: the branch cannot be judged
                }
                if (path == MongoIndexes.Path.INDEXED) {
                    served = true;
                    break;
                }
                if (candidate == null && c.indexable() && !lowCardinality(project, entity, c.property())) {
                    candidate = c.property();
                }
            }
            if (!served && candidate != null) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The column of a property; {@code customerId} may name the join column of {@code customer}. */
    private static String column(EntityMapping mapping, String property) {
        String column = mapping.columns().get(property);
        if (column == null && property.endsWith("Id") && property.length() > 2) {
            column = mapping.columns().get(property.substring(0, property.length() - 2));
        }
        return column;
    }

    private static boolean lowCardinality(ProjectModel project, String entity, String property) {
        Optional<TypeRef> type = project.types().memberType(entity, property);
        return type.isPresent() && (LOW_CARDINALITY.contains(type.get().name()) || project.types().isEnum(type.get().name()));
    }
}
