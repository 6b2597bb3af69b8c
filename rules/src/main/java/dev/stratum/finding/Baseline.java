package dev.stratum.finding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratum.core.InputException;
import dev.stratum.core.UsageException;
import java.io.IOException;
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
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

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

    /** Reads a baseline file; a missing file is an empty baseline (the first {@code --update-baseline} creates it). */
    public static Baseline read(Path file) {
        if (!Files.exists(file)) {
            return empty();
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UsageException(file + ": baseline larger than " + (MAX_BYTES >> 20) + " MiB");
            }
            JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
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
        } catch (JsonProcessingException e) {
            throw new UsageException(file + ": malformed baseline JSON at line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()), e);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read baseline (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** Writes {@code findings} as a baseline file (parent directories are created). */
    public static void write(Path file, Collection<Finding> findings) {
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
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file + ": cannot write baseline (" + e.getClass().getSimpleName() + ")", e);
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
