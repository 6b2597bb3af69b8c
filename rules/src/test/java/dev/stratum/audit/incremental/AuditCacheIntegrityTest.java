package dev.stratum.audit.incremental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
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
    void aSignedGzipBombStopsAtTheDecompressedBound() throws Exception {
        List<String> notices = new ArrayList<>();
        byte[] key = CacheKey.load(Files.createDirectories(tmp.resolve("root")), notices::add);
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(payload)) {
            gz.write("{\"key\":\"k\",\"root\":\"r\",\"entries\":{".getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1 << 20];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 8; i++) {
                gz.write(blanks);
            }
        }
        Path file = tmp.resolve(AuditCache.FILE);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("STRATUM-AUDIT-CACHE/3\n".getBytes(StandardCharsets.US_ASCII));
            out.write(AuditCache.mac(key, payload.toByteArray()));
            out.write(payload.toByteArray());
        }
        assertThatThrownBy(() -> AuditCache.read(file, key, 1 << 20)).isInstanceOf(AuditCache.Untrusted.class)
                .hasMessageContaining("more than 1 MiB when decompressed");
        assertThat(notices).isEmpty();
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
