package dev.stratum.generate;

import dev.stratum.core.Printable;
import dev.stratum.core.UsageException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Validation of user-chosen names, so that bad input fails before anything is rendered. */
public final class ProjectNames {
    /** A Maven artifact id that is also a safe directory name: no slashes, dots, spaces or leading dash. */
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final int MAX_NAME = 64;
    private static final Set<String> RESERVED = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
            "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
            "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
            "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null", "var",
            "record", "yield", "sealed", "permits", "non-sealed", "_");

    private ProjectNames() {
    }

    public static void checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new UsageException("a project NAME is required, e.g. 'stratum new orders-service'");
        }
        if (name.length() > MAX_NAME || !NAME.matcher(name).matches()) {
            throw new UsageException("invalid project name '" + printable(name) + "': use lower-case letters, digits and"
                    + " single hyphens, starting with a letter (at most " + MAX_NAME + " characters), e.g. orders-service");
        }
    }

    /** Checks a dotted Java package name; {@code what} names the flag in the message ("group", "package"). */
    public static void checkPackage(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new UsageException(what + " must not be empty");
        }
        String[] parts = value.split("\\.", -1);
        for (String part : parts) {
            if (!IDENTIFIER.matcher(part).matches()) {
                throw new UsageException("invalid " + what + " '" + printable(value) + "': '" + printable(part)
                        + "' is not a Java identifier (use e.g. com.example.orders)");
            }
            if (RESERVED.contains(part)) {
                throw new UsageException("invalid " + what + " '" + printable(value) + "': '" + part
                        + "' is a reserved Java word");
            }
        }
        if (!value.equals(value.toLowerCase(Locale.ROOT))) {
            throw new UsageException("invalid " + what + " '" + printable(value) + "': Java package names are lower case");
        }
    }

    public static void checkJavaVersion(int version) {
        if (version != 17 && version != 21 && version != 25) {
            throw new UsageException("unsupported Java version " + version + ": use 17, 21 or 25");
        }
    }

    /** {@code orders-service} becomes {@code OrdersService}, the prefix of the application class. */
    public static String className(String name) {
        StringBuilder out = new StringBuilder();
        for (String part : name.split("-")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        String result = out.toString();
        return Character.isJavaIdentifierStart(result.charAt(0)) ? result : "App" + result;
    }

    static String printable(String s) {
        String clean = Printable.escape(s);
        return clean.length() > 80 ? clean.substring(0, 80) + "..." : clean;
    }
}
