package dev.stratum.cli;

import dev.stratum.generate.GenerationResult;
import java.io.PrintWriter;
import java.util.List;

/** Prints what {@code stratum new} produced: a file tree for a dry run, next steps otherwise. */
final class GenerationSummary {
    private final PrintWriter out;

    GenerationSummary(PrintWriter out) {
        this.out = out;
    }

    void print(GenerationResult result) {
        String features = String.join(", ", result.features());
        if (result.dryRun()) {
            out.println("Would generate " + result.target() + " from " + result.templateId() + " " + result.templateVersion()
                    + " with features: " + features + " (dry run, nothing written)");
            printTree(result.files());
            return;
        }
        out.println("Generated " + result.target() + " from " + result.templateId() + " " + result.templateVersion()
                + " (" + result.files().size() + " files) with features: " + features);
        out.println();
        out.println("Next steps:");
        out.println("  cd " + result.target());
        out.println("  mvn verify            # build and run the generated tests (see the README in the project)");
        out.println("  mvn spring-boot:run   # see README.md for configuration");
    }

    /** Files as an indented tree; paths arrive sorted, so shared prefixes are adjacent. */
    private void printTree(List<String> files) {
        java.util.Set<String> printed = new java.util.HashSet<>();
        for (String file : files) {
            String[] parts = file.split("/");
            for (int depth = 0; depth < parts.length; depth++) {
                String prefix = String.join("/", java.util.Arrays.copyOf(parts, depth + 1));
                if (depth < parts.length - 1 && printed.contains(prefix)) {
                    continue;
                }
                printed.add(prefix);
                out.println("  " + "  ".repeat(depth) + parts[depth] + (depth < parts.length - 1 ? "/" : ""));
            }
        }
    }
}
