package dev.stratum.check;

import com.tngtech.archunit.core.domain.JavaClass;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

/**
 * The string constants ({@code ldc "MD5"}) of a class file. ArchUnit models calls but not their constant arguments,
 * so rules such as "no MD5 MessageDigest" read the constant pool of the few classes that call the API in question.
 */
final class ClassFileStrings {
    private ClassFileStrings() {
    }

    /** String constants of {@code c}'s class file, or an empty set when it cannot be read. */
    static Set<String> of(JavaClass c) {
        return c.getSource().map(source -> {
            try (InputStream in = source.getUri().toURL().openStream()) {
                return parse(new DataInputStream(in));
            } catch (IOException | RuntimeException e) {
                return Set.<String>of();
            }
        }).orElse(Set.of());
    }

    static Set<String> parse(DataInputStream in) throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            return Set.of();
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] stringRefs = new int[count];
        int refs = 0;
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 8 -> stringRefs[refs++] = in.readUnsignedShort();
                case 7, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        Set<String> strings = new HashSet<>();
        for (int r = 0; r < refs; r++) {
            if (stringRefs[r] > 0 && stringRefs[r] < count && utf8[stringRefs[r]] != null) {
                strings.add(utf8[stringRefs[r]]);
            }
        }
        return strings;
    }
}
