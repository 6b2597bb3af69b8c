package dev.stratum.generate;

import dev.stratum.build.Coordinates;
import dev.stratum.build.Dependency;
import dev.stratum.build.DependencyScope;
import dev.stratum.build.Exclusion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Maven dependency as template.yaml declares it: {@code coords} is {@code groupId:artifactId[:version]}, the
 * version possibly a property ({@code ${x.version}}); {@code exclusions} are {@code groupId:artifactId} or
 * {@code groupId:*}; {@code comment} is written above it in the pom (rendered).
 */
public record DependencyDef(String coords, String scope, Boolean optional, List<String> exclusions, String comment) {
    public DependencyDef {
        Coordinates.parse(coords);
        scope = scope == null ? "" : scope;
        DependencyScope.parse(scope);
        exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
        exclusions.forEach(Exclusion::parse);
        comment = comment == null ? "" : comment;
    }

    String key() {
        return Coordinates.parse(coords).key();
    }

    /** The model entry; {@code test} forces test scope (a feature's testDependencies). */
    Dependency toDependency(boolean test, BuildTexts texts) {
        return new Dependency(Coordinates.parse(coords), test ? DependencyScope.TEST : DependencyScope.parse(scope),
                Boolean.TRUE.equals(optional), exclusions.stream().map(Exclusion::parse).toList(),
                texts.render("comment of dependency " + coords, comment));
    }

    /** The shape templates see: groupId, artifactId, version, scope (empty strings when absent). */
    Map<String, Object> toModel() {
        Coordinates c = Coordinates.parse(coords);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("groupId", c.groupId());
        m.put("artifactId", c.artifactId());
        m.put("version", c.version());
        m.put("scope", scope);
        return m;
    }
}
