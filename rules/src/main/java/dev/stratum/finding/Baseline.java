package dev.stratum.finding;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratum.core.AtomicFiles;
import dev.stratum.core.InputException;
import dev.stratum.core.OutputPaths;
import dev.stratum.core.UsageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Known findings, frozen by fingerprint. A fingerprint may occur several times (the same call twice in one file),
 * so the baseline is a multiset: each entry hides one finding. Writing the current findings as the new baseline
 * makes fixed ones drop out; findings the baseline does not know stay active and fail the gate.
 *
 * <p>File format (JSON, sorted, so diffs stay reviewable):
 * {@code {"version":1,"findings":[{"fingerprint","id","file","message"}]}}.
 */
public final class Baseline {
    /** Baselines of large legacy code bases are big, but not unbounded. */
    static final long MAX_BYTES = 64L * 1024 * 1024;
    /** A baseline is three levels deep; anything much deeper is not one (and deep nesting costs stack). */
    static final int MAX_DEPTH = 16;
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build())
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<String, Integer> counts;

    private Baseline(Map<String, Integer> counts) {
        this.counts = Map.copyOf(counts);
    }

    public static Baseline empty() {
        return new Baseline(Map.of());
    }

    /** A baseline hiding exactly {@code findings}. */
    public static Baseline of(Collection<Finding> findings) {
        Map<String, Integer> counts = new HashMap<>();
        findings.forEach(f -> counts.merge(f.fingerprint(), 1, Integer::sum));
        return new Baseline(counts);
    }

    /**
     * Reads a baseline file; a missing file is an empty baseline (the first {@code --update-baseline} creates it).
     * A file that is not a baseline (garbage, binary, malformed or nested JSON, a FIFO or device) is a broken input
     * the user must fix: exit 2 naming the file and what is wrong; only an operating-system read failure is exit 3.
     */
    public static Baseline read(Path file) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(file)) {
            return empty();
        }
        if (Files.isDirectory(file)) {
            throw new UsageException(file + ": is a directory, not a baseline file");
        }
        if (!Files.isRegularFile(file)) {
            // a FIFO would block forever and /dev/zero never ends: only regular files are read
            throw new UsageException(file + ": not a regular file (a baseline is a JSON file)");
        }
        String text;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new UsageException(file + ": baseline larger than " + (MAX_BYTES >> 20) + " MiB");
            }
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UsageException(file + ": not a Stratum baseline (not UTF-8 text)", e);
        } catch (FileSystemException e) {
            throw new InputException(file + ": cannot read baseline (" + AtomicFiles.reason(e) + ")", e);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read baseline (" + e.getMessage() + ")", e);
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (StreamConstraintsException e) {
            throw new UsageException(file + ": not a Stratum baseline (JSON nested deeper than " + MAX_DEPTH + " levels)", e);
        } catch (JsonProcessingException e) {
            boolean located = e.getLocation() != null && e.getLocation().getLineNr() > 0;
            throw new UsageException(file + ": malformed baseline JSON" + (located ? " at line " + e.getLocation().getLineNr() : ""), e);
        }
        if (root == null || !root.path("findings").isArray()) {
            throw new UsageException(file + ": not a Stratum baseline (expected {\"version\":1,\"findings\":[...]})");
        }
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode entry : root.path("findings")) {
            String fingerprint = entry.path("fingerprint").asText("");
            if (fingerprint.isEmpty()) {
                throw new UsageException(file + ": baseline entry without a fingerprint");
            }
            counts.merge(fingerprint, 1, Integer::sum);
        }
        return new Baseline(counts);
    }

    /**
     * Writes {@code findings} as a baseline file, all or nothing ({@link AtomicFiles}): a full disk keeps the old
     * baseline. Missing parent directories are created; a symbolic link as the target is refused.
     */
    public static void write(Path file, Collection<Finding> findings) {
        OutputPaths.createParents(file);
        AtomicFiles.writeString(file, text(findings));
    }

    /** The file content {@link #write} produces. */
    public static String text(Collection<Finding> findings) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        ArrayNode entries = root.putArray("findings");
        findings.stream().sorted(Report.ORDER).forEach(f -> {
            ObjectNode e = entries.addObject();
            e.put("fingerprint", f.fingerprint());
            e.put("id", f.id());
            e.put("file", f.file());
            e.put("message", f.message().lines().findFirst().orElse(""));
        });
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the baseline", e);
        }
    }

    public int size() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Splits findings into those the baseline knows (each entry hides one) and fresh ones. */
    public Split split(List<Finding> findings) {
        Map<String, Integer> left = new HashMap<>(counts);
        List<Finding> known = new ArrayList<>();
        List<Finding> fresh = new ArrayList<>();
        for (Finding f : findings.stream().sorted(Report.ORDER).toList()) {
            Integer n = left.get(f.fingerprint());
            if (n != null && n > 0) {
                left.put(f.fingerprint(), n - 1);
                known.add(f);
            } else {
                fresh.add(f);
            }
        }
        return new Split(List.copyOf(known), List.copyOf(fresh));
    }

    /** The result of {@link #split}. */
    public record Split(List<Finding> known, List<Finding> fresh) {
    }
}
