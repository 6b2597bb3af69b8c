package dev.stratum.cli.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Small audited trees for the audit hostile cases, written into a test's own directory. */
final class AuditTrees {
    static final String CLEAN = "package app;\nclass Clean {\n  int add(int a, int b) { return a + b; }\n}\n";
    /** One low finding (MO005) on line 3. */
    static final String PRINTS = "package app;\nclass Prints {\n  void run() { System.out.println(1); }\n}\n";

    private AuditTrees() {
    }

    static Path write(Path root, String relative, String text) throws IOException {
        return write(root, relative, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path root, String relative, byte[] bytes) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    /** A tree with one clean and one printing class: audits to one MO005 finding and no warning. */
    static Path small(Path root) throws IOException {
        write(root, "src/main/java/app/Clean.java", CLEAN);
        write(root, "src/main/java/app/Prints.java", PRINTS);
        return root;
    }

    /** Every file under {@code dir} whose name ends with one of {@code suffixes} (left-over temporary files). */
    static List<Path> filesEndingWith(Path dir, String... suffixes) throws IOException {
        List<Path> found = new ArrayList<>();
        if (!Files.exists(dir)) {
            return found;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.filter(Files::isRegularFile).forEach(p -> {
                for (String s : suffixes) {
                    if (p.getFileName().toString().endsWith(s)) {
                        found.add(p);
                    }
                }
            });
        }
        return found;
    }

    /** The one signed cache file under a cache root. */
    static Path cacheFile(Path cacheRoot) throws IOException {
        try (Stream<Path> all = Files.walk(cacheRoot)) {
            return all.filter(p -> p.getFileName().toString().equals("audit-v4.cache")).findFirst()
                    .orElseThrow(() -> new AssertionError("no cache file under " + cacheRoot));
        }
    }
}
