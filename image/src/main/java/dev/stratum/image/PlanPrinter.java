package dev.stratum.image;

import dev.stratum.core.Printable;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders an {@link ImagePlan} for {@code --dry-run}: target, base, config and the layers with their sizes. */
public final class PlanPrinter {
    private final PrintWriter out;

    public PlanPrinter(PrintWriter out) {
        this.out = out;
    }

    public void print(ImagePlan plan) {
        out.println("Image plan (dry run: nothing pulled, built or pushed)");
        row("target", target(plan.target()) + (plan.tags().isEmpty() ? "" : " (also tags: " + String.join(", ", plan.tags()) + ")"));
        row("base", plan.baseTar() != null ? "tar " + plan.baseTar()
                : plan.base() + (ImageReferences.isPinned(plan.base()) ? "" : " (not pinned by digest)"));
        row("input", input(plan.input()));
        row("platform", plan.platform());
        row("user", plan.user());
        row("workdir", plan.workingDirectory());
        row("entrypoint", plan.entrypoint().stream()
                .map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(", ", "[", "]")));
        row("ports", plan.ports().isEmpty() ? "(none)" : String.join(", ", plan.ports()));
        boolean first = true;
        for (Map.Entry<String, String> label : plan.labels().entrySet()) {
            row(first ? "labels" : "", label.getKey() + "=" + label.getValue());
            first = false;
        }
        out.println("  layers (base image layers first, then):");
        for (ImagePlan.Layer layer : plan.layers()) {
            out.printf(Locale.ROOT, "    %-24s %6d files %10s%n", Printable.escape(layer.name()), layer.files().size(), size(layer.size()));
        }
        out.flush();
    }

    /** Values come from the pom and the flags: control characters are escaped so each row stays one line. */
    private void row(String key, String value) {
        out.printf(Locale.ROOT, "  %-11s %s%n", key, Printable.escape(value));
    }

    private static String target(ImageTarget target) {
        if (target instanceof ImageTarget.Registry r) {
            return "registry " + r.reference();
        }
        if (target instanceof ImageTarget.Tar t) {
            return "tar " + t.file() + " (" + t.format().name().toLowerCase(Locale.ROOT) + " format, " + t.reference() + ")";
        }
        return "docker daemon " + target.reference();
    }

    private static String input(BuildInput input) {
        if (input instanceof BuildInput.SpringBootJar boot) {
            return "Spring Boot jar " + boot.jar() + (boot.indexed() ? " (layers from BOOT-INF/layers.idx)" : " (default layers)");
        }
        BuildInput.PlainJar plain = (BuildInput.PlainJar) input;
        return "jar " + plain.jar() + ", main class " + plain.mainClass() + ", " + plain.dependencies().size()
                + " dependencies (" + plain.dependencySource() + ")";
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}
