package dev.stratum.check;

import com.tngtech.archunit.core.Convertible;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.SourceCodeLocation;
import com.tngtech.archunit.core.domain.properties.HasSourceCodeLocation;
import dev.stratum.finding.Finding;
import dev.stratum.finding.Fingerprints;
import dev.stratum.finding.RuleMeta;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one ArchUnit violation into a {@link Finding}: the class it originates in (for a cycle: the first class on
 * it, by name), that class's source file and the violation's line, and a fingerprint over the rule, file and the
 * first line of the message without line numbers.
 */
final class FindingMapper {
    /** Long cycle reports are cut; the full text is one ArchUnit run away. */
    static final int MAX_MESSAGE_LINES = 12;
    private static final Pattern CLASS_IN_MESSAGE = Pattern.compile("<([\\w$.]+?)(?:\\.[\\w$<>]+\\([^)]*\\))?>");
    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("\\([\\w$]+\\.(?:java|kt):(\\d+)\\)");

    private final SourceLocator sources;
    private final ImportedClasses classes;
    private final SourceLines lines;

    FindingMapper(ImportedClasses classes, java.nio.file.Path baseDir) {
        this.sources = classes.sources();
        this.classes = classes;
        this.lines = new SourceLines(baseDir);
    }

    Finding map(RuleMeta rule, CheckRule.Violation v) {
        Optional<Dependency> dependency = dependency(v);
        Optional<SourceCodeLocation> at = dependency.map(Dependency::getSourceCodeLocation).or(() -> location(v));
        JavaClass origin = at.map(SourceCodeLocation::getSourceClass).orElse(null);
        String className = origin != null ? origin.getName() : classFromMessage(v.message());
        if (origin == null && className != null && classes.main().contain(className)) {
            origin = classes.main().get(className);
        }
        int line = at.map(SourceCodeLocation::getLineNumber).orElse(lineFromMessage(v.message()));
        String file = origin == null ? null : sources.fileOf(origin);
        String message = trim(v.message());
        if (line <= 0) {
            line = lines.guess(file, dependency.map(Dependency::getDescription).orElse(v.message()));
            if (line > 0 && origin != null) {
                String name = at.map(SourceCodeLocation::getSourceFileName).orElse("");
                message = message.replace("(" + name + ":0)", "(" + name + ":" + line + ")");
            }
        }
        return new Finding(rule, rule.severity(), message, className, file, line, line,
                Fingerprints.of(rule.id(), file, header(message)));
    }

    /** The dependency a violation is about; for a cycle the first one by origin class, line, description. */
    private static Optional<Dependency> dependency(CheckRule.Violation v) {
        for (Object o : v.objects()) {
            if (o instanceof Dependency d) {
                return Optional.of(d);
            }
            if (o instanceof Convertible c && !(o instanceof HasSourceCodeLocation)) {
                Optional<Dependency> first = c.convertTo(Dependency.class).stream()
                        .min(Comparator.comparing((Dependency d) -> d.getOriginClass().getName())
                                .thenComparingInt(d -> d.getSourceCodeLocation().getLineNumber())
                                .thenComparing(Dependency::getDescription));
                if (first.isPresent()) {
                    return first;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<SourceCodeLocation> location(CheckRule.Violation v) {
        for (Object o : v.objects()) {
            if (o instanceof HasSourceCodeLocation h) {
                return Optional.of(h.getSourceCodeLocation());
            }
        }
        return Optional.empty();
    }

    private static String classFromMessage(String message) {
        Matcher m = CLASS_IN_MESSAGE.matcher(message);
        return m.find() ? m.group(1) : null;
    }

    private static int lineFromMessage(String message) {
        Matcher m = LINE_IN_MESSAGE.matcher(message);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The lines that identify a violation: all of a one-line message; a cycle's slices, not its details. */
    private static String header(String message) {
        StringBuilder s = new StringBuilder();
        for (String line : message.split("\\R")) {
            if (line.strip().matches("\\d+\\. .*")) {
                break;
            }
            s.append(line.strip()).append('\n');
        }
        return s.toString();
    }

    private static String trim(String message) {
        String[] lines = message.strip().split("\\R");
        if (lines.length <= MAX_MESSAGE_LINES) {
            return message.strip();
        }
        return String.join("\n", java.util.Arrays.copyOf(lines, MAX_MESSAGE_LINES))
                + "\n... (" + (lines.length - MAX_MESSAGE_LINES) + " more lines)";
    }
}
