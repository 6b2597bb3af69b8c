package dev.stratum.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Directories whose listing fails. As root no permission makes a directory unreadable, so the walker is wrapped to
 * do what the JDK's walker does when opening a directory fails: report visitFileFailed for it instead of entering it.
 */
class CodebaseScannerTest {
    @TempDir
    Path root;

    private void write(String relative) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "package app;\nclass " + file.getFileName().toString().replace(".java", "") + " { }\n");
    }

    /** A walker for which listing {@code failing} throws {@code error}, as newDirectoryStream would. */
    private static CodebaseScanner.TreeWalker failingAt(Path failing, IOException error) {
        return (start, options, depth, visitor) -> Files.walkFileTree(start, options, depth, new FileVisitor<Path>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.equals(failing)) {
                    FileVisitResult r = visitor.visitFileFailed(dir, error);
                    return r == FileVisitResult.CONTINUE ? FileVisitResult.SKIP_SUBTREE : r;
                }
                return visitor.preVisitDirectory(dir, attrs);
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                return visitor.visitFile(file, attrs);
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                return visitor.visitFileFailed(file, e);
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                return visitor.postVisitDirectory(dir, e);
            }
        });
    }

    @Test
    void anUnlistableDirectoryIsSkippedWithAWarningAndTheRestIsScanned() throws IOException {
        write("src/main/java/app/Good.java");
        write("src/main/java/locked/Hidden.java");
        Path base = root.toAbsolutePath().normalize();
        Path locked = base.resolve("src/main/java/locked");

        Codebase denied = new CodebaseScanner(List.of(), failingAt(locked, new AccessDeniedException(locked.toString())))
                .scan(root);
        assertThat(denied.warnings()).containsExactly("src/main/java/locked: permission denied, skipped");
        assertThat(denied.javaSources()).containsExactly(base.resolve("src/main/java/app/Good.java"));

        Codebase broken = new CodebaseScanner(List.of(), failingAt(locked, new IOException("I/O error"))).scan(root);
        assertThat(broken.warnings()).containsExactly("src/main/java/locked: cannot read (IOException), skipped");
    }

    @Test
    void theDefaultWalkerListsEverything() throws IOException {
        write("src/main/java/app/Good.java");
        write("src/main/java/locked/Hidden.java");
        Codebase all = new CodebaseScanner(List.of()).scan(root);
        assertThat(all.warnings()).isEmpty();
        assertThat(all.javaSources()).hasSize(2);
    }
}
