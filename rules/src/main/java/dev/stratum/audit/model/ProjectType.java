package dev.stratum.audit.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A project type with what only the whole project tells: the file it is in, its role, and every supertype it has
 * through the project's own types (simple names, including library types such as {@code JpaRepository} reached
 * through the project's own base interfaces). {@code methodsByName} indexes {@code info}'s methods, so following a
 * call to every implementation of an interface does not scan each one's methods.
 */
public record ProjectType(TypeInfo info, String file, TypeKind kind, Set<String> allSupertypes,
                          Map<String, List<MethodInfo>> methodsByName) {
    public ProjectType(TypeInfo info, String file, TypeKind kind, Set<String> allSupertypes) {
        this(info, file, kind, allSupertypes, index(info.methods()));
    }

    private static Map<String, List<MethodInfo>> index(List<MethodInfo> methods) {
        Map<String, List<MethodInfo>> byName = new HashMap<>();
        for (MethodInfo m : methods) {
            byName.computeIfAbsent(m.name(), k -> new ArrayList<>(1)).add(m);
        }
        return byName;
    }

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
        for (MethodInfo m : methodsByName.getOrDefault(name, List.of())) {
            if (arguments < 0 || m.parameters().size() == arguments) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    public Optional<Variable> field(String name) {
        return info.fields().stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
