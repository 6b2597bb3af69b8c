package dev.stratum.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitRevisionReaderTest {
    private static final String SHA = "0123456789abcdef0123456789abcdef01234567";

    @TempDir
    Path dir;

    @Test
    void readsALooseBranchRefFromAParentDirectory() throws Exception {
        Files.createDirectories(dir.resolve(".git/refs/heads"));
        Files.writeString(dir.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(dir.resolve(".git/refs/heads/main"), SHA + "\n");
        Files.createDirectories(dir.resolve("services/orders"));
        assertThat(new GitRevisionReader().read(dir.resolve("services/orders"))).contains(SHA);
    }

    @Test
    void readsPackedRefs() throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(dir.resolve(".git/packed-refs"), "# pack-refs with: peeled\n" + SHA + " refs/heads/main\n");
        assertThat(new GitRevisionReader().read(dir)).contains(SHA);
    }

    @Test
    void readsADetachedHead() throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/HEAD"), SHA + "\n");
        assertThat(new GitRevisionReader().read(dir)).contains(SHA);
    }

    @Test
    void unbornBranchHasNoRevision() throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        assertThat(new GitRevisionReader().read(dir)).isEmpty();
    }
}
