package dev.stratum.generate;

import dev.stratum.build.BuildModel;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A whole project rendered in memory, the record included: relative path ('/') to content, sorted. What add and
 * update compare with the files on disk. {@code build} is the build model pom.xml was written from, when the
 * template declares one ({@code build:} in template.yaml); empty for a template that renders its own pom.
 */
public record RenderedProject(TemplateDescriptor template, List<String> features, Map<String, byte[]> files,
                              Optional<BuildModel> build) {
    public RenderedProject {
        build = build == null ? Optional.empty() : build;
        features = List.copyOf(features);
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }
}
