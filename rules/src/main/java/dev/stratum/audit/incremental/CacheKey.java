package dev.stratum.audit.incremental;

import dev.stratum.core.AtomicFiles;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The per-user secret that signs cache files (HMAC-SHA256): 32 random bytes in {@code <cache root>/audit-key},
 * readable by its owner only. A cache file Stratum did not write with this key is never trusted. A key that is
 * not a private regular file of the right size is replaced (which invalidates the caches it signed).
 */
final class CacheKey {
    static final String FILE = "audit-key";
    static final int BYTES = 32;
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private CacheKey() {
    }

    /** The key under {@code root}, created on first use; {@code notices} hears about a replaced key. */
    static byte[] load(Path root, Consumer<String> notices) throws IOException {
        Path file = root.resolve(FILE);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            String problem = problem(file);
            if (problem == null) {
                return Files.readAllBytes(file);
            }
            notices.accept("audit cache key " + file + " " + problem + "; replaced with a new key (caches are rebuilt)");
            byte[] fresh = random();
            Files.deleteIfExists(file);
            AtomicFiles.write(file, out -> out.write(fresh));
            return fresh;
        }
        return create(file);
    }

    /** Creates the key unless another run just did: a hard link cannot replace an existing file, a rename can. */
    private static byte[] create(Path file) throws IOException {
        byte[] fresh = random();
        Path tmp = Files.createTempFile(file.getParent(), "." + FILE + ".", ".stratum-tmp"); // owner-only on POSIX
        try {
            Files.write(tmp, fresh);
            try {
                Files.createLink(file, tmp);
                return fresh;
            } catch (FileAlreadyExistsException raced) {
                return Files.readAllBytes(file);
            } catch (UnsupportedOperationException | IOException noLinks) {
                if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                    return Files.readAllBytes(file);
                }
                AtomicFiles.write(file, out -> out.write(fresh));
                return Files.readAllBytes(file);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String problem(Path file) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attrs.isRegularFile()) {
            return "is not a regular file";
        }
        if (attrs.size() != BYTES) {
            return "has the wrong size";
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (posix != null) {
            PosixFileAttributes p = posix.readAttributes();
            if (!OWNER_ONLY.containsAll(p.permissions())) {
                return "is readable or writable by others";
            }
        }
        return null;
    }

    private static byte[] random() {
        byte[] key = new byte[BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
