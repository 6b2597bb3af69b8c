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
        try (TemplateSource source = TemplateSource.open(spec.template())) {
            Rendering rendering = renderWithSecrets(spec, source, () -> {
                if (!dryRun) {
                    ProjectDirectory.checkWritable(target, force);
                }
            });
            Secrets known = rendering.secrets();
            try {
                Map<String, byte[]> files = rendering.project().files();
                List<String> warnings = dryRun ? List.of() : ProjectDirectory.writeAtomically(target, files,
                        source.descriptor()::executable, force);
                List<String> paths = files.keySet().stream().map(known::redact).toList();
                return new GenerationResult(target, source.descriptor().id(), source.descriptor().version(),
                        rendering.project().features(), paths, dryRun, warnings.stream().map(known::redact).toList());
            } catch (StratumException e) {
                throw known.redact(e);
            }
        }
    }

    /**
     * Renders the project {@code spec} describes from {@code source} into memory, the record included, writing
     * nothing: what {@code new} writes, and what add and update compare with the files on disk.
     */
    public RenderedProject render(ProjectSpec spec, TemplateSource source) {
        return renderWithSecrets(spec, source, () -> { }).project();
    }

    private record Rendering(RenderedProject project, Secrets secrets) {
    }

    /** {@code beforeRendering} runs once the spec is valid for the template, before anything renders. */
    private Rendering renderWithSecrets(ProjectSpec spec, TemplateSource source, Runnable beforeRendering) {
        spec.validateNames();
        Secrets secrets = Secrets.none();
        try {
            secrets = Secrets.of(source.descriptor(), spec.options(), null);
            ResolvedProject project = ResolvedProject.of(spec, source.descriptor(), stratumVersion);
            secrets = Secrets.of(source.descriptor(), spec.options(), project.options());
            beforeRendering.run();
            RenderBudget budget = new RenderBudget(limits);
            TemplateRenderer renderer = new TemplateRenderer(source, budget, secrets);
            Secrets known = secrets;
            RenderedFiles.Output output = RenderWorker.run(budget, renderer::current, () -> RenderedFiles.render(
                    source.files(), project, renderer, project.model(renderer), budget, known));
            Map<String, byte[]> files = output.files();
            if (files.containsKey(RECORD)) {
                throw new UsageException("template '" + source.descriptor().id() + "' must not produce " + RECORD
                        + ": Stratum writes it");
            }
            files.put(RECORD, ProjectRecord.yaml(project, source.builtIn() ? null : source.root()));
            return new Rendering(new RenderedProject(source.descriptor(), project.featureIds(), files,
                    output.build()), secrets);
        } catch (StratumException e) {
            throw secrets.redact(e);
        }
    }
}
