package dev.stratum.core;

/**
 * The one failure type users see: a one-line message naming the offending path or key, and the exit code it
 * maps to. The CLI prints the message; the stack trace only with {@code --debug}. Messages quote keys, values and
 * file names from untrusted input, so they are made one line and free of control characters here, once for all
 * ({@link Printable#oneLine}): a quoted key cannot start a new line or send escape sequences to the terminal.
 */
public abstract class StratumException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected StratumException(String message, Throwable cause) {
        super(Printable.oneLine(message), cause);
    }

    public abstract ExitCode exitCode();
}
