package dev.stratum.generate;

import dev.stratum.core.StratumException;
import dev.stratum.core.UsageException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Generates a project: validate the spec against the template, render every file in memory (on a render thread,
 * under {@link RenderLimits}), then write them to a temporary sibling directory and move it into place
 * ({@link ProjectDirectory}). A fresh renderer per run; no state between runs. No message of a generation holds
 * the value of a secret option.
 */
public final class Generator {
    /** Where the answers are recorded in the generated project, for later update/add commands. */
    public static final String RECORD = ".stratum/project.yaml";

    private final String stratumVersion;
    private final RenderLimits limits;

    public Generator(String stratumVersion) {
        this(stratumVersion, RenderLimits.defaults());
    }

    public Generator(String stratumVersion, RenderLimits limits) {
        this.stratumVersion = stratumVersion;
        this.limits = limits;
    }

    public GenerationResult generate(ProjectSpec spec, Path target, boolean force, boolean dryRun) {
        spec.validateNames();
        Secrets secrets = Secrets.none();
        try (TemplateSource source = TemplateSource.open(spec.template())) {
            secrets = Secrets.of(source.descriptor(), spec.options(), null);
            ResolvedProject project = ResolvedProject.of(spec, source.descriptor(), stratumVersion);
            secrets = Secrets.of(source.descriptor(), spec.options(), project.options());
            if (!dryRun) {
                ProjectDirectory.checkWritable(target, force);
            }
            RenderBudget budget = new RenderBudget(limits);
            TemplateRenderer renderer = new TemplateRenderer(source, budget, secrets);
            Secrets known = secrets;
            Map<String, byte[]> files = RenderWorker.run(budget, renderer::current, () -> RenderedFiles.render(
                    source.files(), project, renderer, project.model(renderer), budget, known));
            if (files.containsKey(RECORD)) {
                throw new UsageException("template '" + source.descriptor().id() + "' must not produce " + RECORD
                        + ": Stratum writes it");
            }
            files.put(RECORD, ProjectRecord.yaml(project));
            List<String> warnings = dryRun ? List.of() : ProjectDirectory.writeAtomically(target, files, force);
            List<String> paths = files.keySet().stream().map(known::redact).toList();
            return new GenerationResult(target, source.descriptor().id(), source.descriptor().version(),
                    project.featureIds(), paths, dryRun, warnings.stream().map(known::redact).toList());
        } catch (StratumException e) {
            throw secrets.redact(e);
        }
    }
}
