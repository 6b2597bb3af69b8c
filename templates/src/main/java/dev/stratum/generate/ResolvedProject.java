package dev.stratum.generate;

import dev.stratum.core.UsageException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A {@link ProjectSpec} validated against one template: checked names, selected features and typed options.
 * It builds the FreeMarker data model, so that templates see one documented shape (docs/templates.md).
 */
record ResolvedProject(ProjectSpec spec, TemplateDescriptor template, List<FeatureDef> features,
                       Map<String, Object> options, String stratumVersion) {

    static ResolvedProject of(ProjectSpec spec, TemplateDescriptor template, String stratumVersion) {
        spec.validateNames();
        List<FeatureDef> features = FeatureResolver.resolve(template, spec.features());
        return new ResolvedProject(spec, template, features, resolveOptions(template, spec.options()), stratumVersion);
    }

    private static Map<String, Object> resolveOptions(TemplateDescriptor template, Map<String, String> given) {
        for (String name : given.keySet()) {
            if (template.options().stream().noneMatch(o -> o.name().equals(name))) {
                throw new UsageException("unknown option '" + name + "' for template '" + template.id() + "'"
                        + (template.options().isEmpty() ? " (it takes none)" : " (valid: "
                        + template.options().stream().map(TemplateOption::name).collect(Collectors.joining(", ")) + ")"));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (TemplateOption o : template.options()) {
            String raw = given.containsKey(o.name()) ? given.get(o.name())
                    : o.defaultValue() == null ? null : String.valueOf(o.defaultValue());
            if (raw == null) {
                throw new UsageException("option '" + o.name() + "' is required by template '" + template.id()
                        + "' (set it with --set " + o.name() + "=VALUE)");
            }
            values.put(o.name(), o.coerce(raw));
        }
        return values;
    }

    boolean selected(String featureId) {
        return features.stream().anyMatch(f -> f.id().equals(featureId));
    }

    List<String> featureIds() {
        return features.stream().map(FeatureDef::id).toList();
    }

    /**
     * The data model every template file, path and condition is rendered with. Property values may themselves
     * use [=...], so they are rendered against the model without them first.
     */
    Map<String, Object> model(TemplateRenderer renderer) {
        Map<String, Object> model = baseModel();
        Map<String, Object> build = new LinkedHashMap<>();
        build.put("dependencies", dependencies(false));
        build.put("testDependencies", dependencies(true));
        List<Map<String, Object>> properties = properties(false, renderer, model);
        build.put("properties", properties);
        Map<String, String> values = new LinkedHashMap<>();
        properties.forEach(p -> values.put((String) p.get("key"), (String) p.get("value")));
        build.put("environment", EnvironmentVariables.of(values));
        build.put("testProperties", properties(true, renderer, model));
        model.put("build", build);
        return model;
    }

    private Map<String, Object> baseModel() {
        String pkg = spec.effectivePackage();
        Map<String, Object> project = new LinkedHashMap<>();
        project.put("name", spec.name());
        project.put("artifact", spec.name());
        project.put("group", spec.group());
        project.put("package", pkg);
        project.put("packagePath", pkg.replace('.', '/'));
        project.put("className", ProjectNames.className(spec.name()));
        project.put("javaVersion", String.valueOf(spec.javaVersion()));
        project.put("description", description());
        project.put("version", "0.1.0-SNAPSHOT");

        Map<String, Object> flags = new LinkedHashMap<>();
        template.features().forEach(f -> flags.put(f.id(), selected(f.id())));

        Map<String, Object> model = new LinkedHashMap<>();
        model.put("project", project);
        model.put("features", flags);
        model.put("options", options);
        model.put("stratum", Map.of("version", stratumVersion));
        return model;
    }

    /**
     * What the generated project says it is: "NAME: template description (summaries of the selected features)",
     * so a project never claims a feature it was generated without.
     */
    private String description() {
        String summaries = features.stream().map(FeatureDef::summary).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(", "));
        String text = template.description().isBlank() ? "" : ": " + template.description();
        return spec.name() + text + (summaries.isEmpty() ? "" : " (" + summaries + ")");
    }

    /** Selected features' dependencies in declaration order, first declaration of a groupId:artifactId wins. */
    private List<Map<String, Object>> dependencies(boolean test) {
        Map<String, DependencyDef> unique = new LinkedHashMap<>();
        for (FeatureDef f : features) {
            for (DependencyDef d : test ? f.testDependencies() : f.dependencies()) {
                unique.putIfAbsent(d.key(), d);
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        unique.values().forEach(d -> out.add(d.toModel()));
        return out;
    }

    /** Selected features' properties as an ordered list of {key, value}; a later feature overrides a key. */
    private List<Map<String, Object>> properties(boolean test, TemplateRenderer renderer, Map<String, Object> model) {
        Map<String, String> merged = new LinkedHashMap<>();
        for (FeatureDef f : features) {
            merged.putAll(test ? f.testProperties() : f.properties());
        }
        List<Map<String, Object>> out = new ArrayList<>();
        merged.forEach((key, value) -> out.add(Map.of("key", key,
                "value", renderer.renderText("template.yaml property " + key, String.valueOf(value), model))));
        return out;
    }
}
