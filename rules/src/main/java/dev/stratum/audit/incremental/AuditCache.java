package dev.stratum.audit.incremental;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratum.audit.FileAnalysis;
import dev.stratum.audit.RawFinding;
import dev.stratum.core.AtomicFiles;
import dev.stratum.core.StratumException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The incremental cache: per-file findings and facts keyed by a SHA-256 of the file's path and content, in one
 * signed file per audited tree, {@code <cache root>/audit/<sha256 of the tree's real path>/audit-v3.cache}; never in
 * the audited tree. The whole file is keyed by the Stratum version and check list, and signed with
 * HMAC-SHA256 under a per-user {@link CacheKey}: a file that is not Stratum's own (planted, tampered, truncated,
 * garbage, too large) is ignored with one notice and rebuilt, so a cache can never hide a finding. The signature
 * is checked before anything is decompressed, and decompression is bounded.
 */
public final class AuditCache {
    public static final String FILE = "audit-v3.cache";
    /** The signed, compressed file on disk; far above any real code base (about 1 KiB per Java file). */
    static final long MAX_STORED_BYTES = 64L << 20;
    /** Decompressed JSON; a gzip bomb stops here. */
    static final long MAX_JSON_BYTES = 512L << 20;
    private static final byte[] MAGIC = "STRATUM-AUDIT-CACHE/3\n".getBytes(StandardCharsets.US_ASCII);
    private static final int MAC_BYTES = 32;
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** What is signed: the cache key (version, checks), the audited tree and the entries. */
    record Stored(String key, String root, Map<String, FileAnalysis> entries) {
    }

    private final Path file;
    private final byte[] secret;
    private final String key;
    private final String root;
    private final Map<String, FileAnalysis> previous;
    private final Map<String, FileAnalysis> current = new ConcurrentHashMap<>();

    private AuditCache(Path file, byte[] secret, String key, String root, Map<String, FileAnalysis> previous) {
        this.file = file;
        this.secret = secret;
        this.key = key;
        this.root = root;
        this.previous = previous;
    }

    /** A cache that neither reads nor writes (disabled, or not usable here). */
    static AuditCache off() {
        return new AuditCache(null, null, "", "", Map.of());
    }

    /**
     * Opens the cache of {@code auditedRoot} (a real path) under {@code cacheRoot}. Never fails: problems become
     * at most one line for {@code notices} and a cold start.
     */
    public static AuditCache open(Path cacheRoot, Path auditedRoot, String key, Consumer<String> notices) {
        String root = auditedRoot.toString();
        Path cacheReal = realOrSelf(cacheRoot);
        if (cacheReal.startsWith(auditedRoot)) {
            notices.accept("audit cache directory " + cacheRoot + " is inside the audited tree; not used "
                    + "(give --cache-dir or STRATUM_CACHE_DIR outside it)");
            return off();
        }
        Path dir = cacheRoot.resolve("audit").resolve(sha256(root));
        byte[] secret;
        try {
            createPrivateDirectories(dir);
            secret = CacheKey.load(cacheRoot, notices);
        } catch (IOException | StratumException e) {
            notices.accept("audit cache " + cacheRoot + " cannot be used (" + reason(e) + "); auditing without it");
            return off();
        }
        Path file = dir.resolve(FILE);
        Map<String, FileAnalysis> previous = Map.of();
        try {
            Stored stored = read(file, secret);
            if (stored != null && key.equals(stored.key()) && root.equals(stored.root())) {
                previous = stored.entries();
            }
        } catch (Untrusted e) {
            notices.accept("audit cache " + file + " " + e.getMessage() + "; ignored and rebuilt");
        }
        return new AuditCache(file, secret, key, root, previous);
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
        if (file != null) {
            current.put(hash, analysis);
        }
    }

    /**
     * Writes the entries used in this run (stale ones are dropped) through {@link AtomicFiles}: no temporary file
     * is left, and of two concurrent audits the last rename wins with a complete file. Failures become a notice.
     */
    public void save(Consumer<String> notices) {
        if (file == null) {
            return;
        }
        try {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream(1 << 16);
            // the fastest level: the file is rewritten on every audit, and its size is far below the limit
            try (OutputStream gz = new GZIPOutputStream(zipped, 1 << 16) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            }) {
                JSON.writeValue(gz, new Stored(key, root, new TreeMap<>(current)));
            }
            byte[] payload = zipped.toByteArray();
            if (payload.length > MAX_STORED_BYTES - MAGIC.length - MAC_BYTES) {
                notices.accept("audit cache not written: larger than " + (MAX_STORED_BYTES >> 20) + " MiB");
                return;
            }
            byte[] mac = mac(secret, payload);
            AtomicFiles.write(file, out -> {
                out.write(MAGIC);
                out.write(mac);
                out.write(payload);
            });
        } catch (IOException | StratumException e) {
            notices.accept("audit cache not written (" + reason(e) + ")");
        }
    }

    /** The stored cache, null when there is none; {@link Untrusted} when there is one Stratum cannot trust. */
    static Stored read(Path file, byte[] secret) throws Untrusted {
        return read(file, secret, MAX_JSON_BYTES);
    }

    static Stored read(Path file, byte[] secret, long maxJson) throws Untrusted {
        byte[] bytes;
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attrs.isRegularFile()) {
                throw new Untrusted("is not a regular file");
            }
            if (attrs.size() > MAX_STORED_BYTES) {
                throw new Untrusted("is larger than " + (MAX_STORED_BYTES >> 20) + " MiB");
            }
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                bytes = in.readNBytes((int) MAX_STORED_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new Untrusted("cannot be read (" + reason(e) + ")");
        }
        if (bytes.length > MAX_STORED_BYTES) {
            throw new Untrusted("is larger than " + (MAX_STORED_BYTES >> 20) + " MiB");
        }
        if (bytes.length < MAGIC.length + MAC_BYTES
                || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new Untrusted("is not a Stratum audit cache (truncated or garbage)");
        }
        byte[] payload = Arrays.copyOfRange(bytes, MAGIC.length + MAC_BYTES, bytes.length);
        byte[] stated = Arrays.copyOfRange(bytes, MAGIC.length, MAGIC.length + MAC_BYTES);
        if (!MessageDigest.isEqual(stated, mac(secret, payload))) {
            throw new Untrusted("failed its integrity check (not written by this user's Stratum, or changed since)");
        }
        try (InputStream in = new Limited(new GZIPInputStream(new ByteArrayInputStream(payload), 1 << 16), maxJson)) {
            Stored stored = JSON.readValue(in, new TypeReference<Stored>() { });
            if (stored == null || stored.key() == null || stored.root() == null || !wellFormed(stored.entries())) {
                throw new Untrusted("is incomplete");
            }
            return stored;
        } catch (IOException | RuntimeException e) {
            throw new Untrusted("cannot be read (" + reason(e) + ")");
        }
    }

    /** Every entry names its file, and every finding in it is in that file. */
    private static boolean wellFormed(Map<String, FileAnalysis> entries) {
        if (entries == null) {
            return false;
        }
        for (FileAnalysis a : entries.values()) {
            if (a == null || a.file() == null || a.facts() == null || a.findings() == null || a.suppressions() == null) {
                return false;
            }
            for (RawFinding f : a.findings()) {
                if (f == null || f.checkId() == null || f.message() == null || !a.file().equals(f.file())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A cache file that exists but is not trusted; the message says why. */
    static final class Untrusted extends Exception {
        Untrusted(String why) {
            super(why, null, false, false);
        }
    }

    /** Fails reading past {@code limit} bytes instead of filling memory. */
    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long left;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --left < 0) {
                throw new IOException("more than " + (limit >> 20) + " MiB when decompressed");
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0 && (left -= n) < 0) {
                throw new IOException("more than " + (limit >> 20) + " MiB when decompressed");
            }
            return n;
        }
    }

    static byte[] mac(byte[] secret, byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(MAGIC);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java runtime", e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void createPrivateDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        try {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createDirectories(dir);
        }
    }

    private static Path realOrSelf(Path p) {
        Path probe = p.toAbsolutePath().normalize();
        Path missing = Path.of("");
        while (probe != null) {
            try {
                return probe.toRealPath().resolve(missing);
            } catch (IOException e) {
                missing = probe.getFileName().resolve(missing);
                probe = probe.getParent();
            }
        }
        return p.toAbsolutePath().normalize();
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.FileSystemException fs) {
            return AtomicFiles.reason(fs);
        }
        if (e instanceof StratumException) {
            return e.getMessage();
        }
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.length() > 120 ? "" : ": " + m.lines().findFirst().orElse(""));
    }
}
