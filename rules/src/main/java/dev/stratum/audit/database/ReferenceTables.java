package dev.stratum.audit.database;

import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.model.EntityMapping;
import dev.stratum.audit.model.MethodInfo;
import dev.stratum.audit.model.ProjectType;
import dev.stratum.audit.model.TypeKind;
import dev.stratum.audit.model.TypeRef;
import dev.stratum.audit.model.Variable;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which entities hold reference data, a table that stays small whatever the traffic, as a reviewer tells from the
 * schema: the migrations write its rows out by hand (INSERT ... VALUES, never copied from other tables), or it is a
 * lookup table: other entities point at it, it points at nothing, and it has no more than {@link #LOOKUP_COLUMNS}
 * columns besides its id (a code, a name, a label). A full read of such a table, or a scan of it, costs nothing.
 * A narrow table the application fills from other data at run time still looks like a lookup table (blind spot).
 */
final class ReferenceTables {
    static final int LOOKUP_COLUMNS = 3;
    private static final Set<String> ASSOCIATIONS = Set.of("ManyToOne", "OneToOne", "OneToMany", "ManyToMany",
            "ElementCollection", "DBRef", "DocumentReference");

    private final ProjectModel project;
    private final Set<String> pointedAt = new HashSet<>();

    ReferenceTables(ProjectModel project) {
        this.project = project;
        for (ProjectType t : project.types().ofKind(TypeKind.ENTITY)) {
            associations(t).stream().map(ReferenceTables::target).forEach(pointedAt::add);
        }
    }

    /** Whether the entity's table is reference data (seeded by the migrations, or a lookup table). */
    boolean isReference(String entity) {
        Optional<EntityMapping> mapping = project.types().entity(entity);
        if (mapping.isEmpty()) {
            return false;
        }
        String table = mapping.get().table();
        if (project.migrations().isSeeded(table)) {
            return true;
        }
        if (project.migrations().isCopied(table) || !pointedAt.contains(entity)) {
            return false;
        }
        Optional<ProjectType> type = project.types().named(entity).stream().filter(t -> t.is(TypeKind.ENTITY)).findFirst();
        return type.isPresent() && associations(type.get()).isEmpty()
                && mapping.get().columns().size() - mapping.get().ids().size() <= LOOKUP_COLUMNS;
    }

    /** The declared types of an entity's associations: fields, or getters for property access. */
    private static List<TypeRef> associations(ProjectType t) {
        List<TypeRef> out = new java.util.ArrayList<>();
        for (Variable f : t.info().fields()) {
            if (f.annotations().stream().anyMatch(ASSOCIATIONS::contains)) {
                out.add(f.type());
            }
        }
        for (MethodInfo m : t.methods()) {
            if (m.annotations().stream().anyMatch(ASSOCIATIONS::contains)) {
                out.add(m.returnType());
            }
        }
        return out;
    }

    /** {@code Set<Status>} points at Status, {@code Status} too. */
    private static String target(TypeRef ref) {
        return ref.arguments().isEmpty() ? ref.name() : ref.arguments().get(ref.arguments().size() - 1);
    }
}
