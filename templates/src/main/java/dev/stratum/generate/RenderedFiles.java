package dev.stratum.generate;

import dev.stratum.build.BuildModel;
import dev.stratum.core.Printable;
import dev.stratum.core.SafePaths;
import dev.stratum.core.UsageException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Renders a whole template into memory: the selected features' {@link Fragments} first (shared files include
 * them), then {@code files/} always, {@code features/<id>/} for selected features (their fragments left out),
 * filtered by the template's file rules, and pom.xml from the build model when the template declares one. Nothing
 * touches the disk until every file rendered, so a template error leaves no trace. Sizes are bounded by the
 * {@link RenderBudget}, which {@link LimitedWriter} and copies share.
 */
final class RenderedFiles {
    private static final String FTL = ".ftl";
    /** A fictitious root to check rendered names against: absolute or climbing names are refused. */
    private static final Path PROBE = Path.of("/stratum-output");

    private RenderedFiles() {
    }

    /** Output path (relative, '/') to content, sorted by path; and the build model the pom was written from. */
    record Output(Map<String, byte[]> files, Optional<BuildModel> build) {
    }

    static Output render(TemplateFiles files, ResolvedProject project, TemplateRenderer renderer,
                                      Map<String, Object> model, RenderBudget budget, Secrets secrets) {
        Map<String, byte[]> out = new TreeMap<>();
        Map<String, String> origins = new TreeMap<>();
        Context fragmentContext = new Context(files, project, renderer, model, budget, secrets, out, origins);
        Map<String, Object> full = new java.util.LinkedHashMap<>(model);
        full.put("fragments", Fragments.collect(files, project.template(), project.featureIds(), fragmentContext::fragment));
        Context context = new Context(files, project, renderer, full, budget, secrets, out, origins);
        context.renderTree("files");
        for (String feature : project.featureIds()) {
            context.renderTree("features/" + feature);
        }
        Optional<BuildModel> build = ProjectBuild.of(project, renderer, full);
        build.ifPresent(b -> ProjectBuild.write(out, b, project.template().id(), budget));
        return new Output(out, build);
    }

    private record Context(TemplateFiles files, ResolvedProject project, TemplateRenderer renderer,
                           Map<String, Object> model, RenderBudget budget, Secrets secrets,
                           Map<String, byte[]> out, Map<String, String> origins) {

        void renderTree(String dir) {
            if (!files.isDirectory(dir)) {
                return;
            }
            for (TemplateFiles.Entry file : files.under(dir)) {
                String templatePath = file.name();
                if (Fragments.isFragment(templatePath) || !included(templatePath)) {
                    continue;
                }
                String outputName = renderer.renderText(templatePath + " (file name)", templatePath.substring(dir.length() + 1), model);
                boolean isTemplate = templatePath.endsWith(FTL);
                if (isTemplate && outputName.endsWith(FTL)) {
                    outputName = outputName.substring(0, outputName.length() - FTL.length());
                }
                String normalized = checked(templatePath, outputName);
                String previous = origins.putIfAbsent(normalized, templatePath);
                if (previous != null) {
                    throw new UsageException(where() + previous + " and " + templatePath + " both produce "
                            + secrets.redact(normalized));
                }
                byte[] content;
                if (isTemplate) {
                    content = renderer.renderFile(templatePath, model).getBytes(StandardCharsets.UTF_8);
                } else {
                    content = files.read(file, budget.limits().maxFileBytes());
                    budget.spend(where() + templatePath, content.length, content.length);
                }
                out.put(normalized, content);
            }
        }

        /** A fragment's text (rendered when it ends in .ftl), or null when a file rule leaves it out. */
        String fragment(String templatePath, TemplateFiles.Entry file) {
            if (!included(templatePath)) {
                return null;
            }
            if (templatePath.endsWith(FTL)) {
                return renderer.renderFile(templatePath, model);
            }
            byte[] content = files.read(file, budget.limits().maxFileBytes());
            budget.spend(where() + templatePath, content.length, content.length);
            return new String(content, StandardCharsets.UTF_8);
        }

        /**
         * The rendered name as a clean relative path. It is quoted in the error only when no option is secret: a
         * name may be built from one.
         */
        private String checked(String templatePath, String outputName) {
            try {
                if (outputName.chars().anyMatch(Character::isISOControl)) {
                    throw new UsageException("control character");
                }
                Path resolved = SafePaths.resolveInside(PROBE, outputName);
                String name = PROBE.relativize(resolved).toString();
                return java.io.File.separatorChar == '/' ? name : name.replace(java.io.File.separatorChar, '/');
            } catch (UsageException e) {
                String shown = secrets.isEmpty() ? " '" + Printable.escape(outputName) + "'" : "";
                throw new UsageException(where() + templatePath + ": its name renders to" + (shown.isEmpty() ? " a path" : shown)
                        + ", which is absolute, escapes the output directory or holds control characters (NUL, newline)");
            }
        }

        private boolean included(String templatePath) {
            for (FileRule rule : project.template().files()) {
                if (rule.matches(templatePath)) {
                    return renderer.test("file rule for " + rule.path(), rule.when(), model);
                }
            }
            return true;
        }

        private String where() {
            return "template '" + project.template().id() + "': ";
        }
    }
}
