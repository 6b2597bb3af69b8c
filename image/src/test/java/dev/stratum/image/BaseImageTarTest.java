package dev.stratum.image;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.core.InputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaseImageTarTest {
    @TempDir
    Path dir;

    /** A minimal ustar archive, written by hand so the test controls every byte. */
    static byte[] tar(String... namesAndContents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            byte[] data = namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8);
            byte[] h = new byte[512];
            put(h, 0, namesAndContents[i]);
            put(h, 100, "0000644");
            put(h, 108, "0000000");
            put(h, 116, "0000000");
            put(h, 124, String.format("%011o", data.length));
            put(h, 136, "00000000000");
            h[156] = '0';
            put(h, 257, "ustar");
            put(h, 263, "00");
            Arrays.fill(h, 148, 156, (byte) ' ');
            int sum = 0;
            for (byte b : h) {
                sum += b & 0xff;
            }
            put(h, 148, String.format("%06o", sum));
            h[154] = 0;
            out.writeBytes(h);
            out.writeBytes(data);
            out.writeBytes(new byte[(512 - data.length % 512) % 512]);
        }
        out.writeBytes(new byte[1024]);
        return out.toByteArray();
    }

    private static void put(byte[] h, int offset, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, h, offset, b.length);
    }

    private Path file(byte[] bytes) throws IOException {
        return Files.write(dir.resolve("base.tar"), bytes);
    }

    @Test
    void acceptsADockerFormatImageTar() throws IOException {
        Path tar = file(tar("config.json", "{}", "manifest.json", "[]"));
        assertThatCode(() -> BaseImageTar.check(tar)).doesNotThrowAnyException();
    }

    @Test
    void refusesRandomBytes() throws IOException {
        byte[] junk = new byte[5000];
        new java.util.Random(7).nextBytes(junk);
        Path tar = file(junk);
        assertThatThrownBy(() -> BaseImageTar.check(tar)).isInstanceOf(InputException.class)
                .hasMessageContaining(tar.toString()).hasMessageContaining("not a tar archive");
    }

    @Test
    void refusesATruncatedTar() throws IOException {
        byte[] whole = tar("manifest.json", "[]", "layer.tar", "x".repeat(5000));
        Path tar = file(Arrays.copyOf(whole, 2048));
        assertThatThrownBy(() -> BaseImageTar.check(tar)).hasMessageContaining("truncated").hasMessageContaining("layer.tar");
    }

    @Test
    void refusesATarThatIsNotAnImage() throws IOException {
        Path tar = file(tar("readme.txt", "hello"));
        assertThatThrownBy(() -> BaseImageTar.check(tar)).hasMessageContaining("no manifest.json");
    }

    @Test
    void refusesACorruptHeader() throws IOException {
        byte[] bytes = tar("manifest.json", "[]", "layer.tar", "abc");
        bytes[1024 + 3] ^= 0x5a;
        Path tar = file(bytes);
        assertThatThrownBy(() -> BaseImageTar.check(tar)).hasMessageContaining("wrong checksum");
    }
}
