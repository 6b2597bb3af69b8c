package dev.stratum.audit.database;

import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.model.ProjectType;
import dev.stratum.audit.model.ProjectTypes;
import dev.stratum.audit.model.Variable;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The indexes of a MongoDB document type as its mapping declares them: the {@code _id} index on the {@code @Id}
 * field, and {@code @Indexed} (text, geo, hashed) fields, nested ones too. A field of an embedded {@code @Id}
 * ({@code findByIdAccount}: {@code _id.account}) is not served by the {@code _id} index, which matches the whole
 * embedded document. Compound indexes are declared as JSON text the model does not keep, so a type with one is not
 * judged; nor is a project that creates indexes in code (indexOps, createIndex, ensureIndex).
 */
final class MongoIndexes {
    private static final Set<String> INDEXED = Set.of("Indexed", "TextIndexed", "GeoSpatialIndexed", "HashIndexed");
    private static final Set<String> COMPOUND = Set.of("CompoundIndex", "CompoundIndexes");

    /** What a criterion's property is in a document: an indexed path, an unindexed one, or unknown. */
    enum Path { INDEXED, UNINDEXED, UNKNOWN }

    /** Spring Data modules whose {@code @Document} is not MongoDB's (their fields are indexed their own way). */
    private static final Set<String> OTHER_STORES = Set.of("ElasticsearchRepository", "ReactiveElasticsearchRepository",
            "CouchbaseRepository", "ReactiveCouchbaseRepository");

    private MongoIndexes() {
    }

    /** A repository of MongoDB documents: a Mongo repository, or a generic one in a project that uses MongoDB. */
    static boolean isMongo(ProjectModel project, ProjectType repository) {
        if (repository.isSubtypeOf("MongoRepository") || repository.isSubtypeOf("ReactiveMongoRepository")) {
            return true;
        }
        return OTHER_STORES.stream().noneMatch(repository::isSubtypeOf)
                && (project.dependencies().hasPrefix("spring-boot-starter-data-mongodb")
                || project.dependencies().hasPrefix("spring-data-mongodb"));
    }

    /** Whether the indexes of {@code document} are all known from its mapping. */
    static boolean known(ProjectTypes types, ProjectType document) {
        return document.info().annotated("Document") && COMPOUND.stream().noneMatch(document.info()::annotated)
                && !types.hasCall("ensureIndex") && !types.hasCall("createIndex") && !types.hasCall("indexOps");
    }

    static Path path(ProjectTypes types, ProjectType document, String property) {
        Optional<Variable> field = document.field(property);
        if (field.isPresent()) {
            return isId(field.get()) || indexed(field.get()) ? Path.INDEXED : Path.UNINDEXED;
        }
        for (Variable f : document.info().fields()) {
            String name = f.name();
            if (property.length() > name.length() && property.startsWith(name)
                    && Character.isUpperCase(property.charAt(name.length()))) {
                String rest = Character.toLowerCase(property.charAt(name.length())) + property.substring(name.length() + 1);
                List<ProjectType> embedded = types.named(f.type().name());
                Optional<Variable> nested = embedded.isEmpty() ? Optional.empty() : embedded.get(0).field(rest);
                if (nested.isPresent()) {
                    return indexed(nested.get()) ? Path.INDEXED : Path.UNINDEXED;
                }
            }
        }
        return Path.UNKNOWN;
    }

    private static boolean isId(Variable f) {
        return f.annotations().contains("Id") || f.name().equals("id") && !f.annotations().contains("Field");
    }

    private static boolean indexed(Variable f) {
        return f.annotations().stream().anyMatch(INDEXED::contains);
    }
}
