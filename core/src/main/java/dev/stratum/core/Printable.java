package dev.stratum.core;

/**
 * Text from the analysed repository (file names, property keys, parser messages) made safe for a terminal, a log or
 * a document: C0 controls, DEL, C1 controls, line and paragraph separators and the bidirectional overrides and
 * isolates (U+202A-U+202E, U+2066-U+2069, "Trojan Source") become visible escapes such as {@code \x1b},
 * {@code \n} or {@code \u202e}. So an escape sequence in a property key cannot drive the terminal, and a newline in
 * a directory name cannot forge a report line. Every human-readable reporter applies it to every such text.
 */
public final class Printable {
    private Printable() {
    }

    /** One line: every control character escaped, newlines included. */
    public static String escape(String s) {
        return escape(s, false);
    }

    /** Several lines: {@code \n} kept as a line break, every other control escaped ({@code \r} too). */
    public static String escapeKeepingNewlines(String s) {
        return escape(s, true);
    }

    /** Whether {@code c} is escaped. */
    public static boolean needsEscape(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u2028' || c == '\u2029' || c == '\u200e' || c == '\u200f' || c == '\u061c';
    }

    private static String escape(String s, boolean keepNewlines) {
        if (s == null) {
            return "";
        }
        int first = -1;
        for (int i = 0; i < s.length(); i++) {
            if (needsEscape(s.charAt(i)) && !(keepNewlines && s.charAt(i) == '\n')) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!needsEscape(c) || (keepNewlines && c == '\n')) {
                b.append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c <= 0xff) {
                b.append(String.format("\\x%02x", (int) c));
            } else {
                b.append(String.format("\\u%04x", (int) c));
            }
        }
        return b.toString();
    }
}
