package dev.stratum.core;

/**
 * Text from untrusted input made safe to print in a one-line message: every control character (C0, DEL, C1) and
 * the Unicode line and paragraph separators become {@code ?}, so a key, value or file name cannot start a new line,
 * move the cursor or colour the terminal.
 */
public final class Printable {
    private Printable() {
    }

    public static String of(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
                out.append('?');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /**
     * A one-line message: line breaks and tabs become a space, every other control character {@code ?}
     * ({@link StratumException} passes each message through this).
     */
    public static String oneLine(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (control && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (control) {
                boolean space = c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029' || c == '\u0085';
                out.append(space ? ' ' : '?');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** {@link #of(String)}, cut to {@code max} characters with {@code ...}. */
    public static String of(String s, int max) {
        String clean = of(s);
        return clean.length() > max ? clean.substring(0, max) + "..." : clean;
    }
}
