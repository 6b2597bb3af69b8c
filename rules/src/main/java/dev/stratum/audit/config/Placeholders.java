package dev.stratum.audit.config;

import java.util.Optional;

/**
 * Spring's {@code ${NAME:default}} placeholders as the audit can know them: the value the application gets when no
 * environment variable or other property source overrides the name. {@code ${NAME}} without a default is unknown.
 */
public final class Placeholders {
    private static final int MAX_DEPTH = 10;

    private Placeholders() {
    }

    /** The value with every placeholder replaced by its default; empty when one has no default. */
    public static Optional<String> withDefaults(String value) {
        return resolve(value, 0);
    }

    /**
     * Words that stand for "fill this in" rather than for a value: a setting left at one of them fails fast (a
     * login refused, a host that does not resolve) instead of working with a committed secret or endpoint.
     */
    private static final java.util.regex.Pattern DUMMY = java.util.regex.Pattern.compile(
            "(?i)(default|dummy|demo|test|changeme|change[-_]?it|change[-_]?me|placeholder|redacted|example|sample|todo|tbd|fixme"
                    + "|none|null|nil|unset|undefined|empty|n/?a|your[-_]?\\w*|my[-_]?\\w*[-_]?here|\\S*[-_]to[-_]change|x+|\\*+|\\.+|-+|<[^>]*>)");

    /** Whether the whole value is a stand-in word ({@code default}, {@code dummy}, {@code changeme}, {@code <token>}). */
    public static boolean isDummy(String value) {
        return DUMMY.matcher(value.strip()).matches();
    }

    /** Whether the value is (or contains) a placeholder, i.e. may be set from outside. */
    public static boolean isExternal(String value) {
        return value.contains("${");
    }

    private static Optional<String> resolve(String value, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            int start = value.indexOf("${", i);
            if (start < 0) {
                out.append(value, i, value.length());
                break;
            }
            out.append(value, i, start);
            int end = closing(value, start + 2);
            if (end < 0) {
                return Optional.empty();
            }
            String inner = value.substring(start + 2, end);
            int colon = separator(inner);
            if (colon < 0) {
                return Optional.empty();
            }
            Optional<String> fallback = resolve(inner.substring(colon + 1), depth + 1);
            if (fallback.isEmpty()) {
                return Optional.empty();
            }
            out.append(fallback.get());
            i = end + 1;
        }
        return Optional.of(out.toString());
    }

    /** The index of the brace that closes a placeholder opened before {@code from}, or -1. */
    private static int closing(String s, int from) {
        int depth = 1;
        for (int i = from; i < s.length(); i++) {
            if (s.startsWith("${", i)) {
                depth++;
                i++;
            } else if (s.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The first ':' of a placeholder body outside nested placeholders, or -1. */
    private static int separator(String inner) {
        int depth = 0;
        for (int i = 0; i < inner.length(); i++) {
            if (inner.startsWith("${", i)) {
                depth++;
                i++;
            } else if (inner.charAt(i) == '}') {
                depth--;
            } else if (inner.charAt(i) == ':' && depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
