package dev.stratum.generate;

import dev.stratum.core.SafePaths;
import dev.stratum.core.UsageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Renders a whole template into memory: {@code files/} always, {@code features/<id>/} for selected features,
 * filtered by the template's file rules. Nothing touches the disk until every file rendered, so a template
 * error leaves no trace.
 */
final class RenderedFiles {
    private static final String FTL = ".ftl";

    private RenderedFiles() {
    }

    /** Output path (relative, '/') to content, sorted by path. */
    static Map<String, byte[]> render(TemplateSource source, ResolvedProject project, TemplateRenderer renderer,
                                      Map<String, Object> model) {
        Map<String, byte[]> out = new TreeMap<>();
        Map<String, String> origins = new TreeMap<>();
        renderTree(source, "files", project, renderer, model, out, origins);
        for (String feature : project.featureIds()) {
            renderTree(source, "features/" + feature, project, renderer, model, out, origins);
        }
        return out;
    }

    private static void renderTree(TemplateSource source, String dir, ResolvedProject project, TemplateRenderer renderer,
                                   Map<String, Object> model, Map<String, byte[]> out, Map<String, String> origins) {
        Path base = source.root().resolve(dir);
        if (!Files.isDirectory(base, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        for (Path file : list(base)) {
            String templatePath = relative(source.root(), file);
            if (Files.isSymbolicLink(file)) {
                throw new UsageException("template '" + project.template().id() + "': " + templatePath
                        + " is a symbolic link; templates may only contain regular files");
            }
            if (!included(templatePath, project.template().files(), renderer, model)) {
                continue;
            }
            String outputPath = renderer.renderText(templatePath + " (file name)", relative(base, file), model);
            boolean isTemplate = outputPath.endsWith(FTL);
            if (isTemplate) {
                outputPath = outputPath.substring(0, outputPath.length() - FTL.length());
            }
            // Checks the rendered name against a fictitious root: absolute or climbing names are refused.
            Path probe = Path.of("/stratum-output");
            String normalized = probe.relativize(SafePaths.resolveInside(probe, outputPath)).toString().replace('\\', '/');
            String previous = origins.putIfAbsent(normalized, templatePath);
            if (previous != null) {
                throw new UsageException("template '" + project.template().id() + "': " + previous + " and " + templatePath
                        + " both produce " + normalized);
            }
            out.put(normalized, isTemplate
                    ? renderer.renderFile(templatePath, model).getBytes(StandardCharsets.UTF_8)
                    : read(file));
        }
    }

    private static boolean included(String templatePath, List<FileRule> rules, TemplateRenderer renderer,
                                    Map<String, Object> model) {
        for (FileRule rule : rules) {
            if (rule.matches(templatePath)) {
                return renderer.test("file rule for " + rule.path(), rule.when(), model);
            }
        }
        return true;
    }

    private static List<Path> list(Path base) {
        try (Stream<Path> walk = Files.walk(base)) {
            return walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
