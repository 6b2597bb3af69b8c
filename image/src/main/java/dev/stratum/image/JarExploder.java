package dev.stratum.image;

import dev.stratum.core.FileTrees;
import dev.stratum.core.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Unpacks a jar into a fresh directory so its entries can become layer files. Whatever was there before (a
 * previous run's files, or a symbolic link planted to redirect the writes) is deleted first without following
 * links, so every file is written into directories this run created; entry names that would land outside the
 * directory are refused, and no file is ever opened through a link. Every file keeps the entry's timestamp: jib's
 * layer cache keys on the source path and timestamp, so unchanged entries keep hitting the cache.
 */
public final class JarExploder {

    /** Checks an entry name and returns where it goes under {@code root}. */
    public static Path safeResolve(Path root, String entryName) {
        if (entryName.isEmpty() || entryName.startsWith("/") || entryName.contains("\\") || entryName.contains(":")
                || entryName.indexOf('\0') >= 0) {
            throw new InputException("refusing jar entry " + ImageReferences.shown(entryName) + ": not a relative path");
        }
        Path resolved = root.resolve(entryName).normalize();
        if (!resolved.startsWith(root) || resolved.equals(root)) {
            throw new InputException("refusing jar entry " + ImageReferences.shown(entryName)
                    + ": it escapes the extraction directory");
        }
        return resolved;
    }

    public void explode(Path jar, Path directory) {
        Path root = directory.toAbsolutePath().normalize();
        try {
            refuseLink(root.getParent());
            Files.createDirectories(root.getParent());
            FileTrees.delete(root);
            Files.createDirectory(root);
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    Path out = safeResolve(root, entry.getName());
                    if (entry.isDirectory()) {
                        continue; // directories come from the files' paths
                    }
                    // Only directories this run made lie between root and out: nothing to follow.
                    Files.createDirectories(out.getParent());
                    try (InputStream in = zip.getInputStream(entry);
                         OutputStream file = Files.newOutputStream(out, StandardOpenOption.CREATE_NEW,
                                 StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                        in.transferTo(file);
                    } catch (FileAlreadyExistsException e) {
                        throw new InputException("refusing jar " + jar + ": entry " + ImageReferences.shown(entry.getName())
                                + " appears twice", e);
                    }
                    Files.setLastModifiedTime(out, cacheStamp(entry));
                }
            }
        } catch (IOException e) {
            throw new InputException("cannot unpack " + jar + " into " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * The unpacked file's modification time. Jib's application-layer cache knows a file by path and modification
     * time, not content, and a reproducible build (project.build.outputTimestamp) gives every jar entry the same
     * time, so the entry's own time would let a changed class reuse the old layer. The time is therefore made from
     * the entry's CRC-32 and size: equal content keeps the cache, changed content misses it. The image itself
     * carries jib's fixed timestamp, whatever this is.
     */
    static FileTime cacheStamp(ZipEntry entry) {
        return FileTime.fromMillis((entry.getCrc() << 10) | (entry.getSize() & 0x3ff));
    }

    /** Stratum's own working directory under target/ must be a real directory, never a link to elsewhere. */
    static void refuseLink(Path dir) {
        if (Files.isSymbolicLink(dir)) {
            throw new InputException(dir + " is a symbolic link; Stratum never writes through links: remove it "
                    + "(it only holds Stratum's build cache)");
        }
    }


    /** Whether a tree holds a symbolic link anywhere (links not followed). */
    static boolean containsLink(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        boolean[] found = {Files.isSymbolicLink(root)};
        if (!found[0]) {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    found[0] |= attrs.isSymbolicLink();
                    return found[0] ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }
            });
        }
        return found[0];
    }
}
