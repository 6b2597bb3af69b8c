package dev.stratum.core;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;

/**
 * The only way Stratum reads YAML written by users (stratum.yaml, answers files, template.yaml).
 * It refuses files over {@link #MAX_BYTES}, alias bombs, deep nesting and duplicate keys, rejects unknown keys
 * with their line, and turns every failure into a one-line {@link UsageException} naming the file.
 */
public final class SafeYaml {
    /** Config files are small; anything larger is a mistake or an attack. */
    public static final int MAX_BYTES = 1024 * 1024;
    /** SnakeYAML's composer limit; Stratum refuses every alias before that (see {@link #checkAliases}). */
    static final int MAX_ALIASES = 20;
    static final int MAX_NESTING = 50;


    private SafeYaml() {
    }

    /** Reads {@code file} into {@code type}; unknown keys are errors. */
    public static <T> T read(Path file, Class<T> type) {
        return read(load(file), file.toString(), type);
    }

    /** Reads YAML text (e.g. a classpath resource) named {@code source} in messages into {@code type}. */
    public static <T> T read(String yaml, String source, Class<T> type) {
        checkSize(yaml.getBytes(StandardCharsets.UTF_8).length, source);
        checkAliases(yaml, source);
        try {
            T value = MAPPER.readValue(yaml, type);
            if (value == null) {
                throw new UsageException(source + ": is empty");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new UsageException(describe(source, yaml, e), e);
        }
    }

    /** Reads {@code file} as a tree, for callers that validate keys themselves. */
    public static JsonNode readTree(Path file) {
        String yaml = load(file);
        checkAliases(yaml, file.toString());
        try {
            JsonNode node = MAPPER.readTree(yaml);
            return node == null ? MAPPER.createObjectNode() : node;
        } catch (JsonProcessingException e) {
            throw new UsageException(describe(file.toString(), yaml, e), e);
        }
    }

    /**
     * The text of {@code file} with the same checks {@link #read(Path, Class)} makes (a regular file, at most
     * {@link #MAX_BYTES}), for callers that post-process the text before {@link #read(String, String, Class)}.
     */
    public static String readText(Path file) {
        return load(file);
    }

    /** Whether {@code yaml} holds a value at all: blank text and text of only comments do not. */
    public static boolean hasContent(String yaml) {
        try (com.fasterxml.jackson.core.JsonParser p = MAPPER.getFactory().createParser(yaml)) {
            return p.nextToken() != null;
        } catch (IOException | RuntimeException e) {
            return true; // malformed: the real parse reports it
        }
    }

    /** Writes a value as YAML (for files Stratum itself produces). */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    private static String load(Path file) {
        if (Files.isDirectory(file)) {
            throw new UsageException(file + ": is a directory, not a YAML file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // Devices and pipes report size 0 and never end (/dev/zero); only regular files are read.
            throw new UsageException(file + ": not a regular file");
        }
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            checkSize(bytes.length, file.toString());
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UsageException(file + ": file not found", e);
        } catch (IOException e) {
            throw new UsageException(file + ": cannot read (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static void checkSize(long bytes, String source) {
        if (bytes > MAX_BYTES) {
            throw new UsageException(source + ": larger than " + (MAX_BYTES / 1024) + " KiB, refusing to read it");
        }
    }

    /**
     * Jackson reads YAML as a token stream and does not expand aliases: it reads {@code *name} as the text "name",
     * so a value written through an alias would be silently wrong (a {@code disable: *rules} list becomes the string
     * "rules"). Every alias is therefore refused, before Jackson sees the document, with its line; this also keeps
     * "billion laughs" documents out whatever the reader does with them. Anchors alone are harmless.
     */
    private static void checkAliases(String yaml, String source) {
        try {
            for (Event event : new Yaml(LOADER_OPTIONS).parse(new StringReader(yaml))) {
                if (event instanceof AliasEvent alias) {
                    throw new UsageException(source + ":" + (event.getStartMark().getLine() + 1)
                            + ": YAML aliases are not supported ('*" + printable(alias.getAnchor())
                            + "'); refusing to expand them: write the value out instead");
                }
            }
        } catch (YAMLException e) {
            // Syntax errors are reported by the real parse with a better message.
        }
    }

    private static String printable(String s) {
        String clean = Printable.escape(s);
        return clean.length() > 40 ? clean.substring(0, 40) + "..." : clean;
    }

    /**
     * The parser reports where it stopped, often the line after an unknown key; the key's own line is what users
     * need, so it is looked up in the text (first occurrence at any indentation).
     */
    private static String keyLine(String yaml, String key) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(
                "^[ \\t-]*[\"']?" + java.util.regex.Pattern.quote(key) + "[\"']?\\s*:", java.util.regex.Pattern.MULTILINE);
        java.util.regex.Matcher m = p.matcher(yaml);
        if (!m.find()) {
            return "";
        }
        int line = 1 + (int) yaml.substring(0, m.start()).chars().filter(c -> c == '\n').count();
        // an empty key ("": 1, or "? " with nothing) has no first character: its column is the colon's
        int column = 1 + (key.isEmpty() ? m.group().lastIndexOf(':') : m.group().indexOf(key.charAt(0)));
        return ":" + line + ":" + column;
    }

    static String describe(String source, String yaml, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? source : source + ":" + at.getLineNr() + ":" + at.getColumnNr();
        if (e instanceof UnrecognizedPropertyException unknown) {
            where = source + keyLine(yaml, unknown.getPropertyName());
            String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return where + ": unknown key '" + unknown.getPropertyName() + "'" + pathOf(unknown)
                    + (known.isEmpty() ? "" : " (known keys: " + known + ")");
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            // SnakeYAML's own error: its problem mark is the offending character (Jackson reports the context's).
            if (t instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked && marked.getProblemMark() != null) {
                return source + ":" + (marked.getProblemMark().getLine() + 1) + ":" + (marked.getProblemMark().getColumn() + 1)
                        + ": " + firstLine(marked.getProblem());
            }
        }
        if (e instanceof MismatchedInputException && String.valueOf(e.getOriginalMessage()).startsWith("No content to map")) {
            return source + ": is empty";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            // Jackson's own text quotes the value it could not use: file contents, possibly a secret.
            return where + ": invalid value" + pathOf(mismatch) + ": expected " + expected(mismatch.getTargetType());
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.ValueInstantiationException failed
                && failed.getCause() instanceof StratumException own) {
            // A creator of Stratum's own (a pattern list, dependency coordinates) refused the value in users' words.
            return where + ": invalid value" + pathOf(failed) + ": " + own.getMessage();
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return where + ": invalid value" + pathOf(mapping) + ": " + firstLine(e.getOriginalMessage());
        }
        if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException syntax && syntax.getProblemMark() != null) {
            // the scanner's own words and position ("found character '\t' that cannot start any token" at the tab),
            // not Jackson's outer "while scanning for the next token" at the start of the construct
            return source + ":" + (syntax.getProblemMark().getLine() + 1) + ":" + (syntax.getProblemMark().getColumn() + 1)
                    + ": " + firstLine(syntax.getProblem());
        }
        return where + ": " + firstLine(e.getOriginalMessage());
    }

    private static String expected(Class<?> type) {
        if (CharSequence.class.isAssignableFrom(type) || type == Character.class || type == char.class) {
            return "a text value";
        }
        if (type == Integer.class || type == Long.class || type == Short.class || type == int.class || type == long.class
                || type == short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "a mapping (key: value)";
    }

    private static String pathOf(JsonMappingException e) {
        String path = e.getPath().stream()
                .limit(Math.max(0, e.getPath().size() - (e instanceof UnrecognizedPropertyException ? 1 : 0)))
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return path.isEmpty() ? "" : " under '" + path + "'";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "malformed YAML";
        }
        String line = message.strip().lines().findFirst().orElse("malformed YAML");
        // Jackson appends advice for programmers ("set DeserializationFeature..."); users cannot act on it.
        int advice = line.indexOf(" (set DeserializationConfig");
        line = advice > 0 ? line.substring(0, advice) : line;
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    private static final LoaderOptions LOADER_OPTIONS = loaderOptions();
    private static final ObjectMapper MAPPER = newMapper();

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowDuplicateKeys(false);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_BYTES + 1024);
        return options;
    }

    private static ObjectMapper newMapper() {
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(LOADER_OPTIONS)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
                .build();
        return YAMLMapper.builder(factory)
                .disable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }
}
