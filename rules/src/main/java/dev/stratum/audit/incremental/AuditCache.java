package dev.stratum.audit.incremental;

import dev.stratum.audit.FileAnalysis;
import dev.stratum.core.AtomicFiles;
import dev.stratum.core.StratumException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The incremental cache: per-file findings and facts keyed by a SHA-256 of the file's path and content, in one
 * signed file per audited tree, {@code <cache root>/audit/<sha256 of the tree's real path>/audit-v4.cache}; never in
 * the audited tree. The whole file is keyed by the Stratum version, check list and the shape of the cached records
 * ({@link RecordCodec#schema}), and signed with HMAC-SHA256 under a per-user {@link CacheKey}: a file that is not
 * Stratum's own (planted, tampered, truncated, garbage, too large) is ignored with one notice and rebuilt, so a cache
 * can never hide a finding. The signature is checked before anything in it is read, and inflating is bounded.
 *
 * <p>Layout after the magic line and the 32-byte signature: key, audited root, entry count, then per entry its
 * 32-byte hash, inflated and stored length and the deflated {@link CachedEntry} bytes. Opening only indexes the
 * entries; each is decoded when the source pass asks for it (in parallel), and written back as the same bytes.
 */
public final class AuditCache {
    public static final String FILE = "audit-v4.cache";
    /** The signed file on disk; far above any real code base (about 1 KiB per Java file). */
    static final long MAX_STORED_BYTES = 64L << 20;
    /** All entries inflated; a deflate bomb stops here. */
    static final long MAX_INFLATED_BYTES = 512L << 20;
    static final byte[] MAGIC = "STRATUM-AUDIT-CACHE/4\n".getBytes(StandardCharsets.US_ASCII);
    private static final int MAC_BYTES = 32;
    private static final int HASH_BYTES = 32;

    /** What is signed: the cache key (version, checks, record shapes), the audited tree and the entries by hash. */
    record Stored(String key, String root, Map<String, CachedEntry> entries) {
    }

    private final Path file;
    private final byte[] secret;
    private final String key;
    private final String root;
    private final Map<String, CachedEntry> previous;
    private final Map<String, CachedEntry> current = new ConcurrentHashMap<>();
    private final AtomicInteger added = new AtomicInteger();
    private final AtomicBoolean unreadableEntry = new AtomicBoolean();
    private final Consumer<String> notices;

    private AuditCache(Path file, byte[] secret, String key, String root, Map<String, CachedEntry> previous,
                       Consumer<String> notices) {
        this.file = file;
        this.secret = secret;
        this.key = key;
        this.root = root;
        this.previous = previous;
        this.notices = notices;
    }

    /** A cache that neither reads nor writes (disabled, or not usable here). */
    static AuditCache off() {
        return new AuditCache(null, null, "", "", Map.of(), n -> { });
    }

    /**
     * Opens the cache of {@code auditedRoot} (a real path) under {@code cacheRoot}. Never fails: problems become
     * at most one line for {@code notices} and a cold start.
     */
    public static AuditCache open(Path cacheRoot, Path auditedRoot, String key, Consumer<String> notices) {
        String root = auditedRoot.toString();
        String fullKey = key + "|" + sha256(CachedEntry.CODEC.schema());
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
        Map<String, CachedEntry> previous = Map.of();
        try {
            Stored stored = read(file, secret);
            if (stored != null && fullKey.equals(stored.key()) && root.equals(stored.root())) {
                previous = stored.entries();
            }
        } catch (Untrusted e) {
            notices.accept("audit cache " + file + " " + e.getMessage() + "; ignored and rebuilt");
        }
        return new AuditCache(file, secret, fullKey, root, previous, notices);
    }

    /**
     * The cached analysis for this content hash, recording it as still in use; null when there is none. An entry
     * that does not decode (only a bug could sign one) is a miss, with one notice: the file is analysed again.
     */
    public FileAnalysis get(String hash) {
        CachedEntry hit = previous.get(hash);
        if (hit == null) {
            return null;
        }
        try {
            FileAnalysis analysis = hit.decode();
            current.put(hash, hit);
            return analysis;
        } catch (BinaryIn.Malformed e) {
            if (unreadableEntry.compareAndSet(false, true)) {
                notices.accept("audit cache " + file + " has an entry that " + e.getMessage()
                        + "; its file was analysed again");
            }
            return null;
        }
    }

    /** Records a fresh analysis; encoded here, by the worker that made it. */
    public void put(String hash, FileAnalysis analysis) {
        if (file != null) {
            current.put(hash, CachedEntry.of(analysis));
            added.incrementAndGet();
        }
    }

    /**
     * Writes the entries used in this run (stale ones are dropped) through {@link AtomicFiles}: no temporary file
     * is left, and of two concurrent audits the last rename wins with a complete file. Nothing is written when the
     * file already holds exactly these entries. Failures become a notice.
     */
    public void save(Consumer<String> notices) {
        if (file == null || added.get() == 0 && !previous.isEmpty() && current.size() == previous.size()) {
            return;
        }
        try {
            byte[] payload = payload(key, root, new TreeMap<>(current));
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
        } catch (StratumException e) {
            notices.accept("audit cache not written (" + reason(e) + ")");
        }
    }

    static byte[] payload(String key, String root, Map<String, CachedEntry> entries) {
        BinaryOut out = new BinaryOut();
        out.string(key);
        out.string(root);
        out.varint(entries.size());
        HexFormat hex = HexFormat.of();
        for (Map.Entry<String, CachedEntry> e : entries.entrySet()) {
            CachedEntry c = e.getValue();
            byte[] hash = hex.parseHex(e.getKey());
            out.raw(hash, 0, hash.length);
            out.varint(c.rawLength());
            out.varint(c.length());
            out.raw(c.buffer(), c.offset(), c.length());
        }
        return out.toByteArray();
    }

    /** The stored cache, null when there is none; {@link Untrusted} when there is one Stratum cannot trust. */
    static Stored read(Path file, byte[] secret) throws Untrusted {
        return read(file, secret, MAX_INFLATED_BYTES);
    }

    static Stored read(Path file, byte[] secret, long maxInflated) throws Untrusted {
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
        int start = MAGIC.length + MAC_BYTES;
        if (bytes.length < start || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new Untrusted("is not a Stratum audit cache (truncated or garbage)");
        }
        byte[] stated = Arrays.copyOfRange(bytes, MAGIC.length, start);
        if (!MessageDigest.isEqual(stated, mac(secret, bytes, start, bytes.length - start))) {
            throw new Untrusted("failed its integrity check (not written by this user's Stratum, or changed since)");
        }
        try {
            return index(bytes, start, maxInflated);
        } catch (BinaryIn.Malformed e) {
            throw new Untrusted("cannot be read (" + e.getMessage() + ")");
        }
    }

    /** The entries as slices of {@code bytes}; nothing is inflated yet, but the total it would take is bounded. */
    private static Stored index(byte[] bytes, int start, long maxInflated) throws BinaryIn.Malformed, Untrusted {
        BinaryIn in = new BinaryIn(bytes, start, bytes.length - start);
        String key = in.string();
        String root = in.string();
        long count = in.varint();
        if (key == null || root == null || count < 0 || count > (bytes.length - start) / (HASH_BYTES + 2)) {
            throw new Untrusted("is incomplete");
        }
        Map<String, CachedEntry> entries = new HashMap<>((int) (count * 4 / 3) + 1);
        HexFormat hex = HexFormat.of();
        long inflated = 0;
        for (long i = 0; i < count; i++) {
            String hash = hex.formatHex(in.bytes(HASH_BYTES));
            long raw = in.varint();
            long stored = in.varint();
            inflated += raw;
            if (raw < 0 || stored < 0 || raw > Integer.MAX_VALUE || inflated > maxInflated) {
                throw new Untrusted("cannot be read (more than " + (maxInflated >> 20) + " MiB when decompressed)");
            }
            if (stored > Integer.MAX_VALUE) {
                throw new BinaryIn.Malformed("ends early");
            }
            int offset = in.position();
            in.skip((int) stored);
            entries.put(hash, new CachedEntry(bytes, offset, (int) stored, (int) raw));
        }
        in.expectEnd();
        return new Stored(key, root, entries);
    }

    /**
     * Every entry of a cache file as the bytes it inflates to, in which the cached strings (messages, snippets, names)
     * appear as UTF-8: for looking at what a cache keeps (no secret, for one). The signature is not checked, so
     * nothing read here is ever trusted.
     */
    public static List<byte[]> inflatedEntries(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<byte[]> out = new ArrayList<>();
        try {
            for (CachedEntry e : index(bytes, MAGIC.length + MAC_BYTES, MAX_INFLATED_BYTES).entries().values()) {
                out.add(e.inflate());
            }
        } catch (BinaryIn.Malformed | Untrusted e) {
            throw new IOException(file + " is not a readable audit cache (" + e.getMessage() + ")", e);
        }
        return out;
    }

    /** A cache file that exists but is not trusted; the message says why. */
    static final class Untrusted extends Exception {
        Untrusted(String why) {
            super(why, null, false, false);
        }
    }

    static byte[] mac(byte[] secret, byte[] payload) {
        return mac(secret, payload, 0, payload.length);
    }

    static byte[] mac(byte[] secret, byte[] payload, int offset, int length) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(MAGIC);
            mac.update(payload, offset, length);
            return mac.doFinal();
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
