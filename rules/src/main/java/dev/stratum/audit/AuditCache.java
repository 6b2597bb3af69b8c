package dev.stratum.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The incremental cache: per-file findings and facts keyed by a hash of the file's path and content, in one
 * gzip'd JSON file under {@code <root>/.stratum/cache}. The whole cache is keyed by the Stratum version and the
 * check list, so a new release or a changed check list starts cold. Unreadable caches are ignored.
 */
public final class AuditCache {
    static final String FILE = "audit-v1.json.gz";
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private record Stored(String key, Map<String, FileAnalysis> entries) {
    }

    private final Path file;
    private final String key;
    private final Map<String, FileAnalysis> previous;
    private final Map<String, FileAnalysis> current = new ConcurrentHashMap<>();

    private AuditCache(Path file, String key, Map<String, FileAnalysis> previous) {
        this.file = file;
        this.key = key;
        this.previous = previous;
    }

    public static AuditCache open(Path root, String key) {
        Path file = root.resolve(".stratum").resolve("cache").resolve(FILE);
        Map<String, FileAnalysis> previous = Map.of();
        if (Files.isRegularFile(file)) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
                Stored stored = JSON.readValue(in, new TypeReference<Stored>() { });
                if (stored != null && key.equals(stored.key()) && stored.entries() != null) {
                    previous = stored.entries();
                }
            } catch (IOException | RuntimeException e) {
                previous = Map.of(); // a corrupt cache is just a cold start
            }
        }
        return new AuditCache(file, key, previous);
    }

    /** The cached analysis for this content hash, recording it as still in use. */
    public FileAnalysis get(String hash) {
        FileAnalysis hit = previous.get(hash);
        if (hit != null) {
            current.put(hash, hit);
        }
        return hit;
    }

    public void put(String hash, FileAnalysis analysis) {
        current.put(hash, analysis);
    }

    /** Writes entries used in this run (stale ones are dropped) atomically; failures become a warning. */
    public void save(Consumer<String> warnings) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "audit", ".tmp");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                JSON.writeValue(out, new Stored(key, new java.util.TreeMap<>(current)));
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            warnings.accept(".stratum/cache: cannot write the audit cache (" + e.getClass().getSimpleName() + ")");
        }
    }
}
