package dev.stratum.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.ClassReader;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Fuzzes the two constant-pool readers of {@code check}: {@link ClassFileStrings} (string constants) and
 * {@link ClassFileLambdas} (always-true hostname verifiers). Contract: a value, or an {@link IOException} that the
 * callers turn into "unreadable"; no runtime exception. Property: where ASM (ArchUnit's own reader) also accepts the
 * constant pool, both agree on the string constants.
 */
class ClassFileFuzzTest {
    @FuzzTest
    void constantPool(byte[] data) {
        Set<String> strings;
        try {
            strings = ClassFileStrings.parse(new DataInputStream(new ByteArrayInputStream(data)));
        } catch (IOException e) {
            strings = null;
        }
        try {
            ClassFileLambdas.alwaysTrueVerifier(new DataInputStream(new ByteArrayInputStream(data)));
        } catch (IOException e) {
            // unreadable: the rule treats the class as not matching
        }
        // ASM does not check the magic number; Stratum reads only what says it is a class file (CAFEBABE).
        boolean classFile = data.length >= 4 && (data[0] & 0xFF) == 0xCA && (data[1] & 0xFF) == 0xFE
                && (data[2] & 0xFF) == 0xBA && (data[3] & 0xFF) == 0xBE;
        Set<String> asm = classFile ? asmStrings(data) : null;
        if (strings != null && asm != null) {
            assertThat(strings).isEqualTo(asm);
        }
    }

    /** The CONSTANT_String values as ASM reads them, or null when ASM refuses the pool. */
    private static Set<String> asmStrings(byte[] data) {
        try {
            ClassReader reader = new ClassReader(data);
            char[] buffer = new char[reader.getMaxStringLength()];
            Set<String> out = new HashSet<>();
            for (int i = 1; i < reader.getItemCount(); i++) {
                int offset = reader.getItem(i);
                if (offset > 0 && data[offset - 1] == 8) {
                    int ref = reader.readUnsignedShort(offset);
                    if (ref > 0 && ref < reader.getItemCount() && reader.getItem(ref) > 0 && data[reader.getItem(ref) - 1] == 1) {
                        out.add(reader.readUTF8(offset, buffer));
                    }
                }
            }
            return out;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
