package dev.stratum.core;

/**
 * The one failure type users see: a one-line message naming the offending path or key, and the exit code it
 * maps to. The CLI prints the message; the stack trace only with {@code --debug}.
 */
public abstract class StratumException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected StratumException(String message, Throwable cause) {
        super(message, cause);
    }

    public abstract ExitCode exitCode();
}
