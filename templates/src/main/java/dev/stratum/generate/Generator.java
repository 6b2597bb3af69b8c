package dev.stratum.generate;

import dev.stratum.core.UsageException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Generates a project: validate the spec against the template, render every file in memory, then write them to
 * a temporary sibling directory and move it into place. A fresh renderer per run; no state between runs.
 */
public final class Generator {
    /** Where the answers are recorded in the generated project, for later update/add commands. */
    public static final String RECORD = ".stratum/project.yaml";

    private final String stratumVersion;

    public Generator(String stratumVersion) {
        this.stratumVersion = stratumVersion;
    }

    public GenerationResult generate(ProjectSpec spec, Path target, boolean force, boolean dryRun) {
        spec.validateNames();
        try (TemplateSource source = TemplateSource.open(spec.template())) {
            ResolvedProject project = ResolvedProject.of(spec, source.descriptor(), stratumVersion);
            if (!dryRun) {
                ProjectDirectory.checkWritable(target, force);
            }
            TemplateRenderer renderer = new TemplateRenderer(source);
            Map<String, Object> model = project.model(renderer);
            Map<String, byte[]> files = RenderedFiles.render(source, project, renderer, model);
            if (files.containsKey(RECORD)) {
                throw new UsageException("template '" + source.descriptor().id() + "' must not produce " + RECORD
                        + ": Stratum writes it");
            }
            files.put(RECORD, ProjectRecord.yaml(project));
            if (!dryRun) {
                ProjectDirectory.writeAtomically(target, files, force);
            }
            List<String> paths = new ArrayList<>(files.keySet());
            return new GenerationResult(target, source.descriptor().id(), source.descriptor().version(),
                    project.featureIds(), paths, dryRun);
        }
    }
}
