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
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }).orElse(false);
    }

    static boolean alwaysTrueVerifier(DataInputStream in) throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            return false;
        }
        in.skipBytes(4);
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
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
            String name = utf8[in.readUnsignedShort()];
            String descriptor = utf8[in.readUnsignedShort()];
            boolean candidate = name != null && name.startsWith("lambda$") && descriptor != null
                    && descriptor.endsWith(VERIFIER_DESCRIPTOR_END);
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                String attribute = utf8[in.readUnsignedShort()];
                int length = in.readInt();
                byte[] body = in.readNBytes(length);
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
            in.skipBytes(in.readInt());
        }
    }
}
