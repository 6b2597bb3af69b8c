package dev.stratum.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** All or nothing, without a real full disk: a writer that fails half-way stands in for ENOSPC. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void aWriteThatFailsHalfWayKeepsTheOldFileAndLeavesNoTemporaryFile() throws IOException {
        Path report = Files.writeString(dir.resolve("report.json"), "old");
        assertThatThrownBy(() -> AtomicFiles.write(report, out -> {
            out.write("half of the new".getBytes());
            throw new IOException("No space left on device");
        })).isInstanceOf(InputException.class).hasMessageContaining("report.json").hasMessageContaining("No space left");
        assertThat(report).hasContent("old");
        assertThat(entries()).containsExactly("report.json");
    }

    @Test
    void aCompleteWriteReplacesTheFile() throws IOException {
        Path report = Files.writeString(dir.resolve("report.json"), "old");
        AtomicFiles.writeString(report, "new");
        assertThat(report).hasContent("new");
        assertThat(entries()).containsExactly("report.json");
    }

    @Test
    void aTargetThatIsALinkIsRefusedAndItsTargetUntouched() throws IOException {
        Path victim = Files.writeString(dir.resolve("victim"), "keep");
        Path link = Files.createSymbolicLink(dir.resolve("stratum.yaml"), victim);
        assertThatThrownBy(() -> AtomicFiles.writeString(link, "x"))
                .isInstanceOf(UsageException.class).hasMessageContaining("symbolic link");
        assertThat(victim).hasContent("keep");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void aMissingParentIsAUsageErrorNamingIt() {
        assertThatThrownBy(() -> AtomicFiles.writeString(dir.resolve("no/such/report.json"), "x"))
                .isInstanceOf(UsageException.class).hasMessageContaining("does not exist");
    }

    private java.util.List<String> entries() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
