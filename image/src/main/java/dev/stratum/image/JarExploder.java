package dev.stratum.image;

import dev.stratum.core.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.stream.Stream;

/**
 * Unpacks a jar into a directory so its entries can become layer files. Entry names that would land outside
 * the directory are refused, and every file keeps the entry's timestamp: jib's layer cache keys on source
 * timestamps, so unchanged entries keep hitting the cache. A file already there with the entry's size and
 * timestamp is kept rather than rewritten (the directory is a build cache under target/), and files no longer
 * in the jar are removed, so a warm rebuild writes only what changed.
 */
public final class JarExploder {

    /** Checks an entry name and returns where it goes under {@code root}. */
    public static Path safeResolve(Path root, String entryName) {
        if (entryName.isEmpty() || entryName.startsWith("/") || entryName.contains("\\") || entryName.contains(":")) {
            throw new InputException("refusing jar entry " + entryName + ": not a relative path");
        }
        Path resolved = root.resolve(entryName).normalize();
        if (!resolved.startsWith(root) || resolved.equals(root)) {
            throw new InputException("refusing jar entry " + entryName + ": it escapes the extraction directory");
        }
        return resolved;
    }

    public void explode(Path jar, Path directory) {
        Path root = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
            Set<Path> expected = new HashSet<>();
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    Path out = safeResolve(root, entry.getName());
                    if (entry.isDirectory()) {
                        continue; // directories come from the files' paths
                    }
                    expected.add(out);
                    if (unchanged(out, entry)) {
                        continue;
                    }
                    Files.createDirectories(out.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                    Files.setLastModifiedTime(out, FileTime.fromMillis(entry.getTime()));
                }
            }
            removeStale(root, expected);
        } catch (IOException e) {
            throw new InputException("cannot unpack " + jar + " into " + directory + ": " + e.getMessage(), e);
        }
    }

    private static boolean unchanged(Path out, ZipEntry entry) throws IOException {
        if (!Files.isRegularFile(out, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        BasicFileAttributes attributes = Files.readAttributes(out, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return attributes.size() == entry.getSize() && attributes.lastModifiedTime().toMillis() == entry.getTime();
    }

    /** Deletes files (and then empty directories) that the jar no longer has. */
    private static void removeStale(Path root, Set<Path> expected) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                if (p.equals(root)) {
                    continue;
                }
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    try (Stream<Path> children = Files.list(p)) {
                        if (children.findAny().isEmpty()) {
                            Files.delete(p);
                        }
                    }
                } else if (!expected.contains(p)) {
                    Files.delete(p);
                }
            }
        }
    }
}
