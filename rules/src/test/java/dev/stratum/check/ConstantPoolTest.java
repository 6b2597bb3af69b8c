package dev.stratum.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Hand-made class files; the fuzz target ClassFileFuzzTest covers arbitrary ones. */
class ConstantPoolTest {
    /** magic, version, a pool of {@code count - 1} entries given as bytes, then {@code rest}. */
    private static DataInputStream classFile(int count, int[] pool, int... rest) {
        byte[] header = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61, 0, (byte) count};
        byte[] out = new byte[header.length + pool.length + rest.length];
        System.arraycopy(header, 0, out, 0, header.length);
        for (int i = 0; i < pool.length; i++) {
            out[header.length + i] = (byte) pool[i];
        }
        for (int i = 0; i < rest.length; i++) {
            out[header.length + pool.length + i] = (byte) rest[i];
        }
        return new DataInputStream(new ByteArrayInputStream(out));
    }

    private static final int[] POOL = {1, 0, 3, 'M', 'D', '5', 8, 0, 1}; // #1 "MD5", #2 String #1

    @Test
    void stringConstants() throws IOException {
        assertThat(ClassFileStrings.parse(classFile(3, POOL))).containsExactly("MD5");
    }

    // Found by ClassFileFuzzTest (docs/reliability.md#fuzzing): an index outside the pool was an
    // ArrayIndexOutOfBoundsException, hidden by a catch of every RuntimeException in the callers.
    @Test
    void aMethodNameOutsideThePoolIsUnreadableNotACrash() {
        // access, this, super, 0 interfaces, 0 fields, 1 method: access, name #24879
        int[] rest = {0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0x61, 0x2F, 0, 1, 0, 0};
        assertThatThrownBy(() -> ClassFileLambdas.alwaysTrueVerifier(classFile(3, POOL, rest)))
                .isInstanceOf(IOException.class).hasMessageContaining("outside the pool");
    }

    @Test
    void anImpossibleAttributeLengthIsUnreadable() {
        // 1 field with 1 attribute of length 0xFFFFFFFF
        int[] rest = {0, 0, 0, 2, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 0, 1, 0, 1, 0xFF, 0xFF, 0xFF, 0xFF};
        assertThatThrownBy(() -> ClassFileLambdas.alwaysTrueVerifier(classFile(3, POOL, rest)))
                .isInstanceOf(IOException.class).hasMessageContaining("impossible");
    }
}
