package dev.stratum.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every entry under a root (links not followed) with a content hash for files and the target for links, so a case
 * can prove that a command changed nothing outside its intended output.
 */
public record TreeSnapshot(Path root, Map<String, String> entries) {
    public static TreeSnapshot of(Path root) {
        Map<String, String> entries = new TreeMap<>();
        try {
            Files.walkFileTree(root, Set.of(), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    entries.put(name(dir), "dir");
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (attrs.isSymbolicLink()) {
                        entries.put(name(file), "link -> " + Files.readSymbolicLink(file));
                    } else if (attrs.isRegularFile()) {
                        entries.put(name(file), "file " + sha256(file));
                    } else {
                        entries.put(name(file), "other");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    entries.put(name(file), "unreadable");
                    return FileVisitResult.CONTINUE;
                }

                private String name(Path p) {
                    return root.relativize(p).toString().replace('\\', '/');
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSnapshot(root, entries);
    }

    /** Asserts that the tree now is the tree then, except for entries under the given relative paths. */
    public void assertUnchangedExcept(String... allowed) {
        Map<String, String> now = of(root).entries();
        Map<String, String> before = new TreeMap<>(entries);
        for (String prefix : allowed) {
            now.keySet().removeIf(k -> k.equals(prefix) || k.startsWith(prefix + "/"));
            before.keySet().removeIf(k -> k.equals(prefix) || k.startsWith(prefix + "/"));
        }
        assertThat(now).as("nothing changed under %s outside %s", root, String.join(", ", allowed))
                .containsExactlyInAnyOrderEntriesOf(before);
    }

    public void assertUnchanged() {
        assertUnchangedExcept();
    }

    private static String sha256(Path file) throws IOException {
        if (!Files.isReadable(file) || Files.size(file) > 64L << 20) {
            return "size " + Files.size(file);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
