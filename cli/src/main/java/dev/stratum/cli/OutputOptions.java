package dev.stratum.cli;

import dev.stratum.core.UsageException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Shared by check and audit: {@code -f/--format FMT[:PATH]} (repeatable) and {@code --color}. */
public final class OutputOptions {
    /** One requested output: a format id and a file, or stdout when {@code path} is null. */
    public record Target(String format, Path path) {
    }

    /** When to colour text output. */
    public enum Colour { AUTO, ALWAYS, NEVER }

    @Option(names = {"-f", "--format"}, paramLabel = "FMT[:PATH]",
            description = "Output format, optionally to a file; repeatable. Formats: text (default), json, sarif, "
                    + "junit, markdown (and html for audit). E.g. -f text -f sarif:build/stratum.sarif")
    List<String> formats = new ArrayList<>();

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour text output: auto (only on a terminal), always, never. Default: ${DEFAULT-VALUE}.")
    Colour colour = Colour.AUTO;

    /** The requested targets; text on stdout when none were given. */
    public List<Target> targets() {
        if (formats.isEmpty()) {
            return List.of(new Target("text", null));
        }
        List<Target> targets = new ArrayList<>();
        for (String spec : formats) {
            int colon = spec.indexOf(':');
            String format = (colon < 0 ? spec : spec.substring(0, colon)).strip().toLowerCase(java.util.Locale.ROOT);
            String file = colon < 0 ? null : spec.substring(colon + 1).strip();
            if (format.isEmpty() || (file != null && file.isEmpty())) {
                throw new UsageException("invalid --format '" + spec + "' (expected FMT or FMT:PATH)");
            }
            targets.add(new Target(format, file == null ? null : Path.of(file)));
        }
        if (targets.stream().filter(t -> t.path() == null).count() > 1) {
            throw new UsageException("only one --format can write to stdout; give the others a :PATH");
        }
        return targets;
    }

    /** Whether text on stdout gets ANSI colours; {@code terminal} is whether stdout is a TTY. */
    public boolean colour(boolean terminal) {
        return colour == Colour.ALWAYS || (colour == Colour.AUTO && terminal && System.getenv("NO_COLOR") == null);
    }
}
