package dev.stratum.finding;

import dev.stratum.core.UsageException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One ordered severity scale for check and audit. Architecture rules read better as {@code error}/{@code warning},
 * so those are accepted as aliases of {@link #HIGH} and {@link #MEDIUM}.
 */
public enum Severity {
    INFO, LOW, MEDIUM, HIGH, CRITICAL;

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a user-supplied severity ({@code info..critical}, {@code warning}, {@code error}). */
    public static Severity parse(String text) {
        String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        switch (key) {
            case "error":
                return HIGH;
            case "warning":
            case "warn":
                return MEDIUM;
            default:
                for (Severity s : values()) {
                    if (s.id().equals(key)) {
                        return s;
                    }
                }
                throw new UsageException("unknown severity '" + text + "' (use one of "
                        + Arrays.stream(values()).map(Severity::id).collect(Collectors.joining(", "))
                        + ", or warning/error)");
        }
    }
}
