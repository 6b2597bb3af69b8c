package dev.stratum.check;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * The constant pool of a class file, as the byte-level readers of {@code check} need it: the UTF-8 entries and the
 * string constants. Class files come from the checked project and may be anything, so every malformed input,
 * including an index outside the pool, is an {@link IOException} ("unreadable"), never a runtime exception.
 */
final class ConstantPool {
    private final String[] utf8;
    private final int[] stringRefs;
    private final int stringCount;

    private ConstantPool(String[] utf8, int[] stringRefs, int stringCount) {
        this.utf8 = utf8;
        this.stringRefs = stringRefs;
        this.stringCount = stringCount;
    }

    /**
     * Reads the header and the pool, leaving {@code in} just after it. Returns null when {@code in} is not
     * a class file (no {@code CAFEBABE} magic).
     */
    static ConstantPool read(DataInputStream in) throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            return null;
        }
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] stringRefs = new int[count];
        int strings = 0;
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 8 -> stringRefs[strings++] = in.readUnsignedShort();
                case 7, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++; // long and double take two entries
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        return new ConstantPool(utf8, stringRefs, strings);
    }

    /** The UTF-8 entry at {@code index}, or null when that entry is of another kind. */
    String utf8(int index) throws IOException {
        if (index <= 0 || index >= utf8.length) {
            throw new IOException("constant pool index " + index + " outside the pool of " + utf8.length);
        }
        return utf8[index];
    }

    /** The values of the CONSTANT_String entries (those that refer to a UTF-8 entry). */
    Set<String> strings() {
        Set<String> out = new HashSet<>();
        for (int r = 0; r < stringCount; r++) {
            int ref = stringRefs[r];
            if (ref > 0 && ref < utf8.length && utf8[ref] != null) {
                out.add(utf8[ref]);
            }
        }
        return out;
    }
}
