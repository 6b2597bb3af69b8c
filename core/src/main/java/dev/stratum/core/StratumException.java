package dev.stratum.core;

/**
 * The one failure type users see: a one-line message naming the offending path or key, and the exit code it
 * maps to. The CLI prints the message; the stack trace only with {@code --debug}. Messages quote keys, values and
 * file names from untrusted input, so line breaks in them are escaped here, once for all ({@link #oneLine}): a
 * quoted key cannot start a second line. Other control characters are escaped where text is printed
 * ({@code ErrorReporter}, the reporters).
 */
public abstract class StratumException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected StratumException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    public abstract ExitCode exitCode();

    /** {@code message} with its line breaks ({@code \n}, {@code \r}, U+0085, U+2028, U+2029) shown as escapes. */
    public static String oneLine(String message) {
        if (message == null || message.chars().noneMatch(StratumException::isLineBreak)) {
            return message;
        }
        StringBuilder out = new StringBuilder(message.length() + 8);
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            out.append(c == '\n' ? "\\n" : c == '\r' ? "\\r" : isLineBreak(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }

    private static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
