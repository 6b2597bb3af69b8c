package dev.stratum.generate;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A whole project rendered in memory, the record included: relative path ('/') to content, sorted. What add and
 * update compare with the files on disk.
 */
public record RenderedProject(TemplateDescriptor template, List<String> features, Map<String, byte[]> files) {
    public RenderedProject {
        features = List.copyOf(features);
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }
}
