package dev.stratum.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Class files carry line numbers for code, not for declarations: ArchUnit reports fields, parameter and return types
 * and class annotations at line 0. When the source file is at hand, this finds the declaration's line instead.
 */
final class SourceLines {
    private static final Pattern FIELD = Pattern.compile("^Field <[\\w$.]+\\.([\\w$]+)>");
    private static final Pattern METHOD = Pattern.compile("^Method <[\\w$.]+\\.([\\w$]+)\\(");
    private static final Pattern CONSTRUCTOR = Pattern.compile("^Constructor <[\\w$.]*?([\\w]+)(?:\\$[\\w$]+)?\\.<init>\\(");
    private static final Pattern CLASS = Pattern.compile("^Class <[\\w$.]*?([\\w]+)>");

    private final Path base;
    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

    SourceLines(Path base) {
        this.base = base;
    }

    /** The 1-based declaration line named by an ArchUnit message in {@code file}, or 0. */
    int guess(String file, String message) {
        if (file == null) {
            return 0;
        }
        List<String> lines = cache.computeIfAbsent(file, this::read);
        if (lines.isEmpty()) {
            return 0;
        }
        Matcher m;
        if ((m = FIELD.matcher(message)).find()) {
            return find(lines, "\\b" + Pattern.quote(m.group(1)) + "\\s*([;=,)]|$)");
        }
        if ((m = METHOD.matcher(message)).find()) {
            return find(lines, "\\b" + Pattern.quote(m.group(1)) + "\\s*\\(");
        }
        if ((m = CONSTRUCTOR.matcher(message)).find()) {
            return find(lines, "\\b" + Pattern.quote(m.group(1)) + "\\s*\\(");
        }
        if ((m = CLASS.matcher(message)).find()) {
            return find(lines, "\\b(class|interface|record|enum)\\s+" + Pattern.quote(m.group(1)) + "\\b");
        }
        return 0;
    }

    private static int find(List<String> lines, String regex) {
        Pattern p = Pattern.compile(regex);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("//") || line.startsWith("*") || line.startsWith("/*") || line.startsWith("import ")) {
                continue;
            }
            if (p.matcher(line).find()) {
                return i + 1;
            }
        }
        return 0;
    }

    private List<String> read(String file) {
        Path p = base.resolve(file);
        try {
            return Files.isRegularFile(p) && Files.size(p) < 4_000_000
                    ? Files.readAllLines(p, StandardCharsets.UTF_8) : List.of();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
