package dev.stratum.core;

/** The input could not be read or processed: missing build output, unreadable files, an unreachable registry. Exit 3. */
public class InputException extends StratumException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message, null);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.INPUT;
    }
}
