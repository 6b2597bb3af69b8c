package dev.stratum.audit.config;

import com.fasterxml.jackson.databind.JsonNode;
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
    private static final Pattern YAML_KEY = Pattern.compile("^(\\s*)([^\\s#:\\-][^:#]*?|\"[^\"]+\"|'[^']+')\\s*:(?:\\s|$)");

    private ConfigFileReader() {
    }

    public static boolean isConfigFile(String fileName) {
        return FILE_PROFILE.matcher(fileName).matches();
    }

    /** Reads {@code file} (named {@code relative} in findings); problems go to {@code warnings}. */
    public static List<ConfigProperty> read(Path file, String relative, Consumer<String> warnings) {
        Matcher m = FILE_PROFILE.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return List.of();
        }
        String profile = m.group(1) == null ? "" : m.group(1);
        String text;
        try {
            if (Files.size(file) > SafeYaml.MAX_BYTES) {
                warnings.accept(relative + ": larger than 1 MiB, not read");
                return List.of();
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            warnings.accept(relative + ": cannot read (" + e.getClass().getSimpleName() + ")");
            return List.of();
        }
        return m.group(2).equals("properties") ? properties(text, relative, profile, warnings)
                : yaml(text, relative, profile, warnings);
    }

    static List<ConfigProperty> properties(String text, String relative, String profile, Consumer<String> warnings) {
        Properties props = new Properties();
        try {
            props.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            warnings.accept(relative + ": malformed properties file (" + e.getMessage() + "), skipped");
            return List.of();
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<ConfigProperty> out = new ArrayList<>();
        for (String key : props.stringPropertyNames()) {
            out.add(new ConfigProperty(key, props.getProperty(key), relative, propertyLine(lines, key), profile));
        }
        out.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return out;
    }

    private static int propertyLine(String[] lines, String key) {
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].stripLeading();
            if (l.startsWith(key) && l.length() > key.length() && "=: \t".indexOf(l.charAt(key.length())) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    static List<ConfigProperty> yaml(String text, String relative, String profile, Consumer<String> warnings) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<ConfigProperty> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= lines.length; i++) {
            if (i == lines.length || lines[i].matches("---\\s*(#.*)?")) {
                if (i > start) {
                    document(lines, start, i, relative, profile, warnings, out);
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static void document(String[] lines, int from, int to, String relative, String fileProfile,
                                 Consumer<String> warnings, List<ConfigProperty> out) {
        StringBuilder doc = new StringBuilder();
        for (int i = 0; i < to; i++) {
            // keep earlier lines blank so parser line numbers stay file line numbers
            doc.append(i < from ? "" : lines[i]).append('\n');
        }
        if (doc.toString().isBlank()) {
            return;
        }
        JsonNode root;
        try {
            root = SafeYaml.read(doc.toString(), relative, JsonNode.class);
        } catch (StratumException e) {
            if (!e.getMessage().endsWith("is empty")) {
                warnings.accept(relative + ": malformed YAML, skipped (" + e.getMessage() + ")");
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
            Matcher m = YAML_KEY.matcher(line);
            int indent = line.length() - line.stripLeading().length();
            while (!indents.isEmpty() && indents.get(indents.size() - 1)[0] >= indent) {
                indents.remove(indents.size() - 1);
                keys.remove(keys.size() - 1);
            }
            if (!m.find() || line.stripLeading().startsWith("- ")) {
                continue;
            }
            String key = m.group(2).strip().replaceAll("^[\"']|[\"']$", "");
            indents.add(new int[] {indent});
            keys.add(key);
            result.putIfAbsent(String.join(".", keys), i + 1);
        }
        return result;
    }
}
