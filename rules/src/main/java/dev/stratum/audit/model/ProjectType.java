package dev.stratum.audit.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A project type with what only the whole project tells: the file it is in, its role, and every supertype it has
 * through the project's own types (simple names, including library types such as {@code JpaRepository} reached
 * through the project's own base interfaces).
 */
public record ProjectType(TypeInfo info, String file, TypeKind kind, Set<String> allSupertypes) {
    public String name() {
        return info.name();
    }

    public boolean is(TypeKind k) {
        return kind == k;
    }

    public boolean isSubtypeOf(String simpleName) {
        return allSupertypes.contains(simpleName);
    }

    public List<MethodInfo> methods() {
        return info.methods();
    }

    /** The first method of that name taking {@code arguments} arguments (-1: any). */
    public Optional<MethodInfo> method(String name, int arguments) {
        for (MethodInfo m : info.methods()) {
            if (m.name().equals(name) && (arguments < 0 || m.parameters().size() == arguments)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    public Optional<Variable> field(String name) {
        return info.fields().stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
