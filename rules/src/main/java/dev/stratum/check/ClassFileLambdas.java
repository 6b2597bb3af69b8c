package dev.stratum.check;

import com.tngtech.archunit.core.domain.JavaClass;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads lambda bodies from a class file. ArchUnit folds a lambda's accesses into the enclosing method and drops the
 * synthetic {@code lambda$...} method, so "a HostnameVerifier lambda that returns true" needs the bytecode itself.
 * Precision: only a body that is exactly {@code iconst_1; ireturn} (javac's {@code (h, s) -> true}) counts; a verifier
 * that computes anything, or a method reference, is not flagged.
 */
final class ClassFileLambdas {
    private static final String VERIFIER_DESCRIPTOR_END = "Ljava/lang/String;Ljavax/net/ssl/SSLSession;)Z";
    private static final byte ICONST_1 = 0x04;
    private static final byte IRETURN = (byte) 0xAC;

    private ClassFileLambdas() {
    }

    /** Whether {@code c} declares a lambda {@code (String, SSLSession) -> true}; false when unreadable. */
    static boolean hasAlwaysTrueVerifier(JavaClass c) {
        return c.getSource().map(source -> {
            try (InputStream in = source.getUri().toURL().openStream()) {
                return alwaysTrueVerifier(new DataInputStream(in));
            } catch (IOException e) {
                return false;
            }
        }).orElse(false);
    }

    static boolean alwaysTrueVerifier(DataInputStream in) throws IOException {
        ConstantPool pool = ConstantPool.read(in);
        if (pool == null) {
            return false;
        }
        in.skipBytes(6);
        in.skipBytes(2 * in.readUnsignedShort()); // interfaces
        int fields = in.readUnsignedShort();
        for (int f = 0; f < fields; f++) {
            in.skipBytes(6);
            skipAttributes(in);
        }
        int methods = in.readUnsignedShort();
        for (int m = 0; m < methods; m++) {
            in.skipBytes(2);
            String name = pool.utf8(in.readUnsignedShort());
            String descriptor = pool.utf8(in.readUnsignedShort());
            boolean candidate = name != null && name.startsWith("lambda$") && descriptor != null
                    && descriptor.endsWith(VERIFIER_DESCRIPTOR_END);
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                String attribute = pool.utf8(in.readUnsignedShort());
                byte[] body = in.readNBytes(length(in));
                if (candidate && "Code".equals(attribute) && body.length >= 10) {
                    int codeLength = ((body[4] & 0xFF) << 24) | ((body[5] & 0xFF) << 16) | ((body[6] & 0xFF) << 8) | (body[7] & 0xFF);
                    if (codeLength == 2 && body[8] == ICONST_1 && body[9] == IRETURN) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
            in.skipBytes(2);
            in.skipBytes(length(in));
        }
    }

    /** An attribute length: a u4, so above 2 GiB (negative as an int) it cannot belong to a real class file. */
    private static int length(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            throw new IOException("attribute length " + Integer.toUnsignedString(length) + " is impossible");
        }
        return length;
    }
}
