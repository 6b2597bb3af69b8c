package dev.stratum.core;

/** The user asked for something invalid: a bad flag, name, config key or template. Exit 2. */
public class UsageException extends StratumException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message, null);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.USAGE;
    }
}
