package dev.stratum.audit.incremental;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what {@link BinaryOut} wrote. Every count and length is checked against what is left, so even a buffer that
 * passed the signature but is not what this build writes ends in {@link Malformed}, never in a huge allocation.
 */
final class BinaryIn {
    private final byte[] bytes;
    private final int end;
    private int pos;
    private final List<String> strings = new ArrayList<>();

    BinaryIn(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    BinaryIn(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.pos = offset;
        this.end = offset + length;
    }

    long varint() throws Malformed {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos >= end) {
                throw new Malformed("ends inside a number");
            }
            byte b = bytes[pos++];
            v |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return v;
            }
        }
        throw new Malformed("a number longer than 64 bits");
    }

    long signed() throws Malformed {
        long v = varint();
        return (v >>> 1) ^ -(v & 1);
    }

    /** A number below {@code limit}: a tag, an ordinal, a presence flag. */
    int count(int limit) throws Malformed {
        long v = varint();
        if (v < 0 || v >= limit) {
            throw new Malformed("a tag out of range");
        }
        return (int) v;
    }

    /** A collection's size as written (size + 1, 0 for null): -1 for null; never more than the bytes left. */
    int size() throws Malformed {
        long v = varint();
        if (v < 0 || v - 1 > end - pos) {
            throw new Malformed("a size larger than what is left");
        }
        return (int) v - 1;
    }

    String string() throws Malformed {
        long v = signed();
        if (v == 0) {
            return null;
        }
        if (v < 0) {
            long n = -v - 1;
            if (n >= strings.size()) {
                throw new Malformed("a reference to a string not yet read");
            }
            return strings.get((int) n);
        }
        long length = v - 1;
        if (length > end - pos) {
            throw new Malformed("a string longer than what is left");
        }
        String s = new String(bytes, pos, (int) length, StandardCharsets.UTF_8);
        pos += (int) length;
        strings.add(s);
        return s;
    }

    byte[] bytes(int length) throws Malformed {
        if (length < 0 || length > end - pos) {
            throw new Malformed("ends early");
        }
        byte[] out = java.util.Arrays.copyOfRange(bytes, pos, pos + length);
        pos += length;
        return out;
    }

    int position() {
        return pos;
    }

    void skip(int length) throws Malformed {
        if (length < 0 || length > end - pos) {
            throw new Malformed("ends early");
        }
        pos += length;
    }

    boolean atEnd() {
        return pos == end;
    }

    void expectEnd() throws Malformed {
        if (pos != end) {
            throw new Malformed("has bytes after its end");
        }
    }

    /** Bytes that are not what this build writes. */
    static final class Malformed extends Exception {
        Malformed(String why) {
            super(why, null, false, false);
        }
    }
}
