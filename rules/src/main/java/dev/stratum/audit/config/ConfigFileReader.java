package dev.stratum.audit.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratum.audit.InputFiles;
import dev.stratum.core.SafeYaml;
import dev.stratum.core.StratumException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads application*.yml|yaml|properties and bootstrap*.yml into {@link ConfigProperty}s with line numbers.
 * YAML goes through {@link SafeYaml} (one document at a time, so multi-document files with
 * {@code spring.config.activate.on-profile} work); properties through {@link Properties}. A malformed file
 * becomes a warning naming it; the rest of the audit goes on.
 */
public final class ConfigFileReader {
    private static final Pattern FILE_PROFILE = Pattern.compile("(?:application|bootstrap)(?:-([^.]+))?\\.(ya?ml|properties)");

    /** Spring configuration files hold a handful of profile documents; hundreds are not configuration. */
    static final int MAX_DOCUMENTS = 100;

    private ConfigFileReader() {
    }

    public static boolean isConfigFile(String fileName) {
        return FILE_PROFILE.matcher(fileName).matches();
    }

    /** A configuration file's text within the size bound, or empty with a warning naming why it was not read. */
    static java.util.Optional<String> text(Path file, String relative, Consumer<String> warnings) {
        try {
            return java.util.Optional.of(InputFiles.readString(file, SafeYaml.MAX_BYTES));
        } catch (InputFiles.Unreadable e) {
            warnings.accept(relative + ": " + e.getMessage() + ", not read");
            return java.util.Optional.empty();
        }
    }

    /** Reads {@code file} (named {@code relative} in findings); problems go to {@code warnings}. */
    public static List<ConfigProperty> read(Path file, String relative, Consumer<String> warnings) {
        Matcher m = FILE_PROFILE.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return List.of();
        }
        String profile = m.group(1) == null ? "" : m.group(1);
        return text(file, relative, warnings).map(text -> m.group(2).equals("properties")
                ? properties(text, relative, profile, warnings) : yaml(text, relative, profile, warnings))
                .orElse(List.of());
    }

    /**
     * Reads a file another source loads ({@code spring.config.import}, {@code @PropertySource}): its properties
     * belong to {@code profile}, whatever the file is called; multi-document YAML keeps its own on-profile documents.
     */
    public static List<ConfigProperty> readLoaded(Path file, String relative, String profile, Consumer<String> warnings) {
        String name = file.getFileName().toString();
        String text;
        try {
            text = InputFiles.readString(file, SafeYaml.MAX_BYTES);
        } catch (InputFiles.Unreadable e) {
            warnings.accept(relative + ": " + e.getMessage() + ", not read");
            return List.of();
        }
        return name.endsWith(".properties") ? properties(text, relative, profile, warnings)
                : yaml(text, relative, profile, warnings);
    }

    public static List<ConfigProperty> properties(String text, String relative, String profile, Consumer<String> warnings) {
        Properties props = new Properties();
        try {
            props.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            warnings.accept(relative + ": malformed properties file (" + e.getMessage() + "), skipped");
            return List.of();
        }
        Map<String, Integer> keyLines = propertyLines(text.split("\r\n|\r|\n", -1));
        List<ConfigProperty> out = new ArrayList<>();
        for (String key : props.stringPropertyNames()) {
            out.add(new ConfigProperty(key, props.getProperty(key), relative, keyLines.getOrDefault(key, 0), profile));
        }
        out.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return out;
    }

    /** The first line of each key as written (up to the first {@code =}, {@code :} or blank), in one pass. */
    static Map<String, Integer> propertyLines(String[] lines) {
        Map<String, Integer> first = new java.util.HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].stripLeading();
            int end = 0;
            while (end < l.length() && "=: \t".indexOf(l.charAt(end)) < 0) {
                end++;
            }
            if (end > 0 && end < l.length()) {
                first.putIfAbsent(l.substring(0, end), i + 1);
            }
        }
        return first;
    }

    static List<ConfigProperty> yaml(String text, String relative, String profile, Consumer<String> warnings) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<ConfigProperty> out = new ArrayList<>();
        int start = 0;
        int documents = 0;
        for (int i = 0; i <= lines.length; i++) {
            if (i == lines.length || lines[i].startsWith("---") && lines[i].matches("---\\s*(#.*)?")) {
                if (i > start && ++documents > MAX_DOCUMENTS) {
                    warnings.accept(relative + ": more than " + MAX_DOCUMENTS + " YAML documents, the rest from line "
                            + (start + 1) + " is not read");
                    break;
                }
                if (i > start) {
                    document(lines, start, i, relative, profile, warnings, out);
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** A parser message about one document, with its line numbers made the file's ({@code file:3:1:} -> {@code file:12:1:}). */
    private static String fileLines(String message, String relative, int offset) {
        String prefix = relative + ":";
        if (offset == 0 || !message.startsWith(prefix)) {
            return message;
        }
        int end = prefix.length();
        while (end < message.length() && Character.isDigit(message.charAt(end))) {
            end++;
        }
        if (end == prefix.length() || end - prefix.length() > 9) {
            return message;
        }
        return prefix + (Integer.parseInt(message.substring(prefix.length(), end)) + offset) + message.substring(end);
    }

    private static void document(String[] lines, int from, int to, String relative, String fileProfile,
                                 Consumer<String> warnings, List<ConfigProperty> out) {
        if (onlyComments(lines, from, to)) {
            return; // a document of comments (or nothing) is empty, not malformed
        }
        StringBuilder doc = new StringBuilder();
        for (int i = from; i < to; i++) {
            doc.append(lines[i]).append('\n');
        }
        JsonNode root;
        try {
            root = SafeYaml.read(doc.toString(), relative, JsonNode.class);
        } catch (StratumException e) {
            if (!e.getMessage().endsWith("is empty")) {
                warnings.accept(relative + ": malformed YAML, skipped (" + fileLines(e.getMessage(), relative, from) + ")");
            }
            return;
        }
        Map<String, Integer> keyLines = keyLines(lines, from, to);
        List<String[]> flat = new ArrayList<>();
        flatten("", root, flat);
        String profile = fileProfile;
        for (String[] kv : flat) {
            String canon = ConfigProperty.canonical(kv[0]);
            if (canon.equals("spring.config.activate.onprofile") || canon.equals("spring.profiles")) {
                profile = kv[1].strip();
            }
        }
        for (String[] kv : flat) {
            out.add(new ConfigProperty(kv[0], kv[1], relative, keyLines.getOrDefault(kv[0], from + 1), profile));
        }
    }

    private static void flatten(String prefix, JsonNode node, List<String[]> out) {
        if (node == null || node.isNull()) {
            if (!prefix.isEmpty()) {
                out.add(new String[] {prefix, ""});
            }
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else if (node.isArray()) {
            List<String> scalars = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                if (item.isValueNode()) {
                    scalars.add(item.asText());
                } else {
                    flatten(prefix + "[" + i + "]", item, out);
                }
            }
            if (!scalars.isEmpty()) {
                out.add(new String[] {prefix, String.join(",", scalars)});
            }
        } else {
            out.add(new String[] {prefix, node.asText()});
        }
    }

    private static boolean onlyComments(String[] lines, int from, int to) {
        for (int i = from; i < to; i++) {
            String l = lines[i].strip();
            if (!l.isEmpty() && !l.startsWith("#") && !l.equals("...") && !l.startsWith("%")) {
                return false;
            }
        }
        return true;
    }

    /** Dotted key path to its 1-based line, from indentation (block-style YAML; list items are not indexed). */
    static Map<String, Integer> keyLines(String[] lines, int from, int to) {
        Map<String, Integer> result = new java.util.HashMap<>();
        List<int[]> indents = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String line = lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            while (!indents.isEmpty() && indents.get(indents.size() - 1)[0] >= indent) {
                indents.remove(indents.size() - 1);
                keys.remove(keys.size() - 1);
            }
            String key = line.stripLeading().startsWith("- ") ? null : blockKey(line.stripLeading());
            if (key == null) {
                continue;
            }
            indents.add(new int[] {indent});
            keys.add(key);
            result.putIfAbsent(String.join(".", keys), i + 1);
        }
        return result;
    }

    /**
     * The key of a block mapping line ({@code key: value}, {@code "quoted key": value}), or null: the text up to the
     * first colon that ends the line or is followed by a blank, unless a {@code #} or another colon comes first.
     * A scan, not a regular expression: a line of a million blanks costs a million steps, not a trillion.
     */
    static String blockKey(String t) {
        if (t.isEmpty()) {
            return null;
        }
        char first = t.charAt(0);
        if (first == '"' || first == '\'') {
            int close = t.indexOf(first, 1);
            if (close > 1) {
                int j = close + 1;
                while (j < t.length() && Character.isWhitespace(t.charAt(j))) {
                    j++;
                }
                if (j < t.length() && t.charAt(j) == ':' && (j + 1 == t.length() || Character.isWhitespace(t.charAt(j + 1)))) {
                    return t.substring(1, close);
                }
            }
        }
        if (Character.isWhitespace(first) || first == '#' || first == ':' || first == '-') {
            return null;
        }
        for (int j = 1; j < t.length(); j++) {
            char c = t.charAt(j);
            if (c == '#') {
                return null;
            }
            if (c == ':') {
                if (j + 1 == t.length() || Character.isWhitespace(t.charAt(j + 1))) {
                    String key = t.substring(0, j).strip();
                    return key.replaceAll("^[\"']|[\"']$", "");
                }
                return null;
            }
        }
        return null;
    }
}
