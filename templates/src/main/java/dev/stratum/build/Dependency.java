package dev.stratum.build;

import java.util.List;

/** A dependency: coordinates, scope, optional flag, exclusions, and a comment written above it (empty for none). */
public record Dependency(Coordinates coordinates, DependencyScope scope, boolean optional, List<Exclusion> exclusions,
                         String comment) {
    public Dependency {
        scope = scope == null ? DependencyScope.COMPILE : scope;
        exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
        comment = comment == null ? "" : comment;
    }

    public static Dependency of(String coords, DependencyScope scope) {
        return new Dependency(Coordinates.parse(coords), scope, false, List.of(), "");
    }

    public String key() {
        return coordinates.key();
    }
}
