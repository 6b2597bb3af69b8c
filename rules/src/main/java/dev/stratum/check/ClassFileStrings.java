package dev.stratum.check;

import com.tngtech.archunit.core.domain.JavaClass;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
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
            } catch (IOException e) {
                return Set.<String>of();
            }
        }).orElse(Set.of());
    }

    static Set<String> parse(DataInputStream in) throws IOException {
        ConstantPool pool = ConstantPool.read(in);
        return pool == null ? Set.of() : pool.strings();
    }
}
