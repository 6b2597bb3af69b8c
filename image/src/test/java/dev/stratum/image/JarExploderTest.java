package dev.stratum.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.core.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JarExploderTest {
    @TempDir
    Path dir;

    private Path jar(String... names) throws IOException {
        Path jar = dir.resolve("test.jar");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (String name : names) {
                ZipEntry entry = new ZipEntry(name);
                entry.setTime(1_600_000_000_000L);
                out.putNextEntry(entry);
                out.write(name.getBytes());
                out.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void unpacksEntriesWithATimeThatChangesWithTheirContentOnly() throws IOException {
        Path out = dir.resolve("out");
        new JarExploder().explode(jar("a/b.txt", "c.txt"), out);
        assertThat(out.resolve("a/b.txt")).hasContent("a/b.txt");
        long c = Files.getLastModifiedTime(out.resolve("c.txt")).toMillis();
        long b = Files.getLastModifiedTime(out.resolve("a/b.txt")).toMillis();
        // Both entries share one jar time (as a reproducible build makes them); their content differs, so must this.
        assertThat(c).isNotEqualTo(b);
        new JarExploder().explode(jar("a/b.txt", "c.txt"), out);
        assertThat(Files.getLastModifiedTime(out.resolve("c.txt")).toMillis()).isEqualTo(c);
    }

    @Test
    void replacesWhatAnEarlierRunLeftBehind() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("stale.txt"), "old");
        new JarExploder().explode(jar("c.txt"), out);
        assertThat(out.resolve("stale.txt")).doesNotExist();
    }

    @Test
    void refusesEntriesThatEscapeTheDirectory() throws IOException {
        Path evil = jar("ok.txt", "../../evil.txt");
        assertThatThrownBy(() -> new JarExploder().explode(evil, dir.resolve("out")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("../../evil.txt");
        assertThat(dir.resolve("evil.txt")).doesNotExist();
        assertThat(dir.getParent().resolve("evil.txt")).doesNotExist();
    }

    @Test
    void refusesAbsoluteEntryNames() {
        assertThatThrownBy(() -> JarExploder.safeResolve(dir, "/etc/passwd")).isInstanceOf(InputException.class);
    }

    @Test
    void plantedLinksInsideTheDirectoryAreRemovedNeverWrittenThrough() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("c.txt"), "precious");
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createSymbolicLink(out.resolve("a"), outside);
        Files.createSymbolicLink(out.resolve("c.txt"), outside.resolve("c.txt"));

        new JarExploder().explode(jar("a/b.txt", "c.txt"), out);

        assertThat(outside).isDirectoryContaining(p -> p.getFileName().toString().equals("c.txt"));
        assertThat(outside.resolve("b.txt")).doesNotExist();
        assertThat(outside.resolve("c.txt")).hasContent("precious");
        assertThat(Files.isSymbolicLink(out.resolve("a"))).isFalse();
        assertThat(out.resolve("a/b.txt")).hasContent("a/b.txt");
        assertThat(out.resolve("c.txt")).hasContent("c.txt");
    }

    @Test
    void theDirectoryItselfBeingALinkIsReplacedNotFollowed() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.createSymbolicLink(dir.resolve("out"), outside);
        new JarExploder().explode(jar("c.txt"), dir.resolve("out"));
        assertThat(outside).isEmptyDirectory();
        assertThat(dir.resolve("out/c.txt")).hasContent("c.txt");
    }

    @Test
    void aLinkedParentIsRefused() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.createSymbolicLink(dir.resolve("work"), outside);
        assertThatThrownBy(() -> new JarExploder().explode(jar("c.txt"), dir.resolve("work/exploded")))
                .isInstanceOf(InputException.class).hasMessageContaining("symbolic link");
        assertThat(outside).isEmptyDirectory();
    }

    @Test
    void duplicateEntriesAreRefused() throws IOException {
        Path jar = dir.resolve("dup.jar");
        // ZipOutputStream refuses duplicates, so the second name is patched in afterwards.
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (String name : new String[] {"x.txt", "y.txt"}) {
                out.putNextEntry(new ZipEntry(name));
                out.write(1);
                out.closeEntry();
            }
        }
        byte[] bytes = Files.readAllBytes(jar);
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).replace("y.txt", "x.txt");
        Files.write(jar, text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> new JarExploder().explode(jar, dir.resolve("out")))
                .isInstanceOf(InputException.class).hasMessageContaining("x.txt");
    }
}
