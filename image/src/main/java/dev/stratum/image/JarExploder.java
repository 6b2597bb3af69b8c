package dev.stratum.image;

import dev.stratum.core.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.stream.Stream;

/**
 * Unpacks a jar into a directory so its entries can become layer files. Entry names that would land outside
 * the directory are refused, and every file keeps the entry's timestamp: jib's layer cache keys on source
 * timestamps, so unchanged entries keep hitting the cache after each re-extraction.
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
            deleteRecursively(root);
            Files.createDirectories(root);
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    Path out = safeResolve(root, entry.getName());
                    if (entry.isDirectory()) {
                        Files.createDirectories(out);
                        continue;
                    }
                    Files.createDirectories(out.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                    Files.setLastModifiedTime(out, FileTime.fromMillis(entry.getTime()));
                }
            }
        } catch (IOException e) {
            throw new InputException("cannot unpack " + jar + " into " + directory + ": " + e.getMessage(), e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
