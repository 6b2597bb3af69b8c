package dev.stratum.audit.incremental;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A growing byte buffer with the few encodings the cache needs: unsigned and zig-zag varints, raw bytes, and strings
 * written in full the first time (UTF-8) and as their number in this buffer after that.
 */
final class BinaryOut {
    private byte[] bytes = new byte[512];
    private int size;
    private final Map<String, Integer> strings = new HashMap<>();

    void varint(long v) {
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            bytes[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        bytes[size++] = (byte) v;
    }

    void signed(long v) {
        varint((v << 1) ^ (v >> 63));
    }

    /** Null is 0; a string seen before is {@code -(n + 1)}; a new one is its UTF-8 length + 1, then the bytes. */
    void string(String s) {
        if (s == null) {
            signed(0);
            return;
        }
        Integer seen = strings.get(s);
        if (seen != null) {
            signed(-(seen + 1L));
            return;
        }
        strings.put(s, strings.size());
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        signed(utf8.length + 1L);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
    }

    void raw(byte[] b, int offset, int length) {
        ensure(length);
        System.arraycopy(b, offset, bytes, size, length);
        size += length;
    }

    int size() {
        return size;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
