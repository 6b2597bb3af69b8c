package dev.stratum.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileSetTest {
    @TempDir
    Path dir;

    @Test
    void writesEveryFile() {
        new AtomicFileSet().addString(dir.resolve("a"), "A").addString(dir.resolve("b"), "B").write();
        assertThat(dir.resolve("a")).hasContent("A");
        assertThat(dir.resolve("b")).hasContent("B");
    }

    @Test
    void aFailingSecondFileLeavesTheFirstAsItWasAndNoTemporaryFiles() throws IOException {
        Files.writeString(dir.resolve("a"), "old");
        AtomicFileSet set = new AtomicFileSet().addString(dir.resolve("a"), "new")
                .add(dir.resolve("b"), out -> {
                    throw new IOException("No space left on device");
                });

        assertThatThrownBy(set::write).isInstanceOf(InputException.class)
                .hasMessageContaining("cannot write " + dir.resolve("b")).hasMessageContaining("No space left on device");

        assertThat(dir.resolve("a")).hasContent("old");
        assertThat(dir.resolve("b")).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("a");
        }
    }

    @Test
    void aDeletionHappensWithTheWritesOrNotAtAll() throws IOException {
        Files.writeString(dir.resolve("gone"), "old");
        AtomicFileSet failing = new AtomicFileSet().delete(dir.resolve("gone"))
                .add(dir.resolve("b"), out -> {
                    throw new IOException("No space left on device");
                });
        assertThatThrownBy(failing::write).isInstanceOf(InputException.class);
        assertThat(dir.resolve("gone")).hasContent("old");

        new AtomicFileSet().delete(dir.resolve("gone")).addString(dir.resolve("b"), "B").write();
        assertThat(dir.resolve("gone")).doesNotExist();
        assertThat(dir.resolve("b")).hasContent("B");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("b");
        }
    }

    @Test
    void aReplacedFileKeepsItsModeAndANewOneGetsItsDirectorysWithoutExecute() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-x---"));
        Path script = Files.writeString(dir.resolve("run.sh"), "old");
        Files.setPosixFilePermissions(script, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        new AtomicFileSet().addString(script, "new").addString(dir.resolve("plain"), "p")
                .add(dir.resolve("mvnw"), out -> out.write('x'), true).write();
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(script))).isEqualTo("rwxr-xr-x");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("plain")))).isEqualTo("rw-r-----");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("mvnw")))).isEqualTo("rwxr-x---");
    }

    @Test
    void aSymbolicLinkAmongTheTargetsIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path victim = Files.writeString(dir.resolve("victim"), "precious");
        Files.createSymbolicLink(dir.resolve("b"), victim);

        assertThatThrownBy(() -> new AtomicFileSet().addString(dir.resolve("a"), "A").addString(dir.resolve("b"), "B").write())
                .isInstanceOf(UsageException.class).hasMessageContaining("symbolic link");

        assertThat(dir.resolve("a")).doesNotExist();
        assertThat(victim).hasContent("precious");
    }

    @Test
    void missingParentsAreCreatedAndAFileInTheWayIsNamed() throws IOException {
        OutputPaths.createParents(dir.resolve("x/y/z.json"));
        assertThat(dir.resolve("x/y")).isDirectory();

        Files.writeString(dir.resolve("afile"), "");
        assertThatThrownBy(() -> OutputPaths.createParents(dir.resolve("afile/sub/r.json")))
                .isInstanceOf(UsageException.class).hasMessageContaining(dir.resolve("afile") + " is not a directory");
    }
}
