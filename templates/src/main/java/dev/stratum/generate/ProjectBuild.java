package dev.stratum.generate;

import dev.stratum.build.BuildModel;
import dev.stratum.build.Coordinates;
import dev.stratum.build.MavenPomWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The build model of a resolved project: the template's base {@code build:} first, then each selected feature in
 * declaration order (its {@code dependencies}, {@code testDependencies} and {@code build:}). A template without a
 * top-level {@code build:} has no model and renders its own pom.xml.ftl (the archived 1.0.0 does).
 */
final class ProjectBuild {
    static final String POM = "pom.xml";

    private ProjectBuild() {
    }

    /** {@code model} is the FreeMarker data model; build values are rendered against it. */
    @SuppressWarnings("unchecked")
    static Optional<BuildModel> of(ResolvedProject project, TemplateRenderer renderer, Map<String, Object> model) {
        BuildDef base = project.template().build();
        if (base == null) {
            return Optional.empty();
        }
        Map<String, Object> p = (Map<String, Object>) model.get("project");
        BuildTexts texts = (origin, text) -> renderer.renderText("template.yaml " + origin, text, model);
        BuildModel.Builder build = BuildModel.builder(new Coordinates(String.valueOf(p.get("group")),
                        String.valueOf(p.get("artifact")), String.valueOf(p.get("version"))))
                .name(String.valueOf(p.get("name")), String.valueOf(p.get("description")));
        base.contribute(build, "build", texts);
        for (FeatureDef f : project.features()) {
            f.dependencies().forEach(d -> build.dependency(d.toDependency(false, texts)));
            f.testDependencies().forEach(d -> build.dependency(d.toDependency(true, texts)));
            if (f.build() != null) {
                f.build().contribute(build, "feature " + f.id(), texts);
            }
        }
        return Optional.of(build.build());
    }

    /** Adds pom.xml, written from the model, to the rendered files; a template file of that name is an error. */
    static void write(Map<String, byte[]> files, BuildModel build, String templateId, RenderBudget budget) {
        if (files.containsKey(POM)) {
            throw new dev.stratum.core.UsageException("template '" + templateId + "' declares a build: section and also "
                    + "renders " + POM + ": remove its pom.xml.ftl (Stratum writes the pom from the build model)");
        }
        byte[] pom = new MavenPomWriter().write(build).getBytes(StandardCharsets.UTF_8);
        budget.spend("template '" + templateId + "', " + POM, pom.length, pom.length);
        files.put(POM, pom);
    }
}
