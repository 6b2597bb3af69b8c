package dev.stratum.audit.incremental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.audit.FileAnalysis;
import dev.stratum.audit.model.FileFacts;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signed cache file: where it lives, what is trusted, and the bounds on reading it. */
class AuditCacheIntegrityTest {
    @TempDir
    Path tmp;

    @Test
    void theCacheRootComesFromTheOptionThenTheEnvironmentThenTheHomeDirectory() {
        Path explicit = tmp.resolve("explicit");
        assertThat(CacheLocation.root(explicit, Map.of(CacheLocation.ENV, "/e"), "/home/u")).isEqualTo(explicit);
        assertThat(CacheLocation.root(null, Map.of(CacheLocation.ENV, "/e", "XDG_CACHE_HOME", "/x"), "/home/u"))
                .isEqualTo(Path.of("/e"));
        assertThat(CacheLocation.root(null, Map.of("XDG_CACHE_HOME", "/x"), "/home/u")).isEqualTo(Path.of("/x/stratum"));
        assertThat(CacheLocation.root(null, Map.of("XDG_CACHE_HOME", "relative"), "/home/u"))
                .isEqualTo(Path.of("/home/u/.cache/stratum"));
        assertThat(CacheLocation.root(null, Map.of(), "/home/u")).isEqualTo(Path.of("/home/u/.cache/stratum"));
    }

    @Test
    void aSignedFileWhoseEntriesWouldInflatePastTheBoundIsRefusedBeforeAnyIsInflated() throws Exception {
        byte[] key = CacheKey.load(Files.createDirectories(tmp.resolve("root")), n -> { });
        Map<String, CachedEntry> entries = new TreeMap<>();
        for (int i = 0; i < 3; i++) {
            // each claims 600 KiB inflated; the bound is 1 MiB
            entries.put(String.format("%064x", i), new CachedEntry(new byte[] {3, 0}, 0, 2, 600 << 10));
        }
        Path file = write(key, AuditCache.payload("k", "r", entries));

        assertThatThrownBy(() -> AuditCache.read(file, key, 1 << 20)).isInstanceOf(AuditCache.Untrusted.class)
                .hasMessageContaining("more than 1 MiB when decompressed");
    }

    @Test
    void anEntryThatInflatesPastItsStatedLengthIsAMissNotAnAllocation() throws Exception {
        FileAnalysis real = new FileAnalysis("A.java", 1, FileFacts.EMPTY, List.of(), List.of());
        CachedEntry honest = CachedEntry.of(real);
        assertThat(honest.decode()).isEqualTo(real);
        byte[] zeros = new byte[1 << 20];
        java.util.zip.Deflater d = new java.util.zip.Deflater(1, true);
        d.setInput(zeros);
        d.finish();
        byte[] bomb = new byte[1 << 16];
        int n = d.deflate(bomb);
        d.end();
        CachedEntry lying = new CachedEntry(bomb, 0, n, 16);

        assertThatThrownBy(lying::decode).isInstanceOf(BinaryIn.Malformed.class).hasMessageContaining("stated length");
        assertThatThrownBy(() -> new CachedEntry(honest.buffer(), 0, honest.length(), honest.rawLength() + 1).decode())
                .isInstanceOf(BinaryIn.Malformed.class);
    }

    @Test
    void aChangedByteAnywhereAfterTheMagicFailsTheIntegrityCheck() throws Exception {
        byte[] key = CacheKey.load(Files.createDirectories(tmp.resolve("root")), n -> { });
        Map<String, CachedEntry> entries = new TreeMap<>();
        entries.put(String.format("%064x", 1), CachedEntry.of(new FileAnalysis("A.java", 1, FileFacts.EMPTY, List.of(),
                List.of())));
        byte[] payload = AuditCache.payload("k", "r", entries);
        Path file = write(key, payload);
        assertThat(AuditCache.read(file, key).entries()).containsOnlyKeys(String.format("%064x", 1));
        byte[] whole = Files.readAllBytes(file);
        for (int i = AuditCache.MAGIC.length; i < whole.length; i += 7) {
            byte[] changed = whole.clone();
            changed[i] ^= 1;
            Files.write(file, changed);
            assertThatThrownBy(() -> AuditCache.read(file, key)).isInstanceOf(AuditCache.Untrusted.class)
                    .hasMessageContaining("integrity check");
        }
    }

    private Path write(byte[] key, byte[] payload) throws IOException {
        Path file = tmp.resolve(AuditCache.FILE);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(AuditCache.MAGIC);
            out.write(AuditCache.mac(key, payload));
            out.write(payload);
        }
        return file;
    }

    @Test
    void aKeyReadableByOthersIsReplacedWithANotice() throws IOException {
        Path root = Files.createDirectories(tmp.resolve("root"));
        List<String> notices = new ArrayList<>();
        byte[] first = CacheKey.load(root, notices::add);
        assertThat(CacheKey.load(root, notices::add)).isEqualTo(first);
        Files.setPosixFilePermissions(root.resolve(CacheKey.FILE), java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        byte[] second = CacheKey.load(root, notices::add);
        assertThat(second).isNotEqualTo(first).hasSize(CacheKey.BYTES);
        assertThat(notices).singleElement().asString().contains("readable or writable by others", "replaced");
        assertThat(Files.getPosixFilePermissions(root.resolve(CacheKey.FILE))).containsExactlyInAnyOrder(
                java.nio.file.attribute.PosixFilePermission.OWNER_READ, java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    }
}
