package dev.stratum.generate;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A feature as a template declares it: a small contributor of dependencies, application properties, build
 * contributions ({@code build:}, when the template has a build model) and files (under {@code features/<id>/}).
 * Nothing outside the template knows the list of features.
 * {@code summary} is the short phrase (e.g. "PostgreSQL") that the project's description lists for it.
 */
public record FeatureDef(String id, String description, @JsonProperty("default") boolean enabledByDefault,
                         List<String> requires, List<String> conflicts,
                         List<DependencyDef> dependencies, List<DependencyDef> testDependencies,
                         LinkedHashMap<String, String> properties, LinkedHashMap<String, String> testProperties,
                         String summary, BuildDef build) {
    public FeatureDef {
        description = description == null ? "" : description;
        summary = summary == null ? "" : summary.strip();
        requires = requires == null ? List.of() : List.copyOf(requires);
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
        dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
        testDependencies = testDependencies == null ? List.of() : List.copyOf(testDependencies);
        properties = properties == null ? new LinkedHashMap<>() : new LinkedHashMap<>(properties);
        testProperties = testProperties == null ? new LinkedHashMap<>() : new LinkedHashMap<>(testProperties);
    }

    /** Read-only view: the record keeps insertion order but must not be changed after loading. */
    public Map<String, String> propertiesView() {
        return java.util.Collections.unmodifiableMap(properties);
    }
}
