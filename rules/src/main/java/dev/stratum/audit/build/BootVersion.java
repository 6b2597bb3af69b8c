package dev.stratum.audit.build;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Spring Boot version as a build declares it ({@code 3.3.1}, {@code 2.7.18.RELEASE}, {@code 3.4.0-RC1}): its
 * major and minor numbers and the text as written. Anything else (a property placeholder, {@code 3_2},
 * {@code 3RC.1}) is an unknown version, never an error.
 */
public record BootVersion(int major, int minor, String text) {
    /** major.minor, an optional patch, then an optional qualifier after '.' or '-'. */
    private static final Pattern FORM = Pattern.compile("(\\d{1,6})\\.(\\d{1,6})(?:\\.\\d{1,6})?(?:[.-][A-Za-z0-9.-]*)?");

    /** The version written as {@code text}, or empty when it is missing or not of that form. */
    public static Optional<BootVersion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String v = text.strip();
        Matcher m = FORM.matcher(v);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new BootVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), v));
    }

    /** Whether this version is {@code major.minor} or later (pre-releases of it included). */
    public boolean atLeast(int major, int minor) {
        return this.major > major || this.major == major && this.minor >= minor;
    }
}
