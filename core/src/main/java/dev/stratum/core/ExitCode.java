package dev.stratum.core;

/** The documented process exit codes; see docs/commands/README.md. */
public enum ExitCode {
    /** The command did its job and nothing reached the gate. */
    OK(0),
    /** Findings at or above the gate severity. */
    FINDINGS(1),
    /** Bad flags, names, configuration or templates. */
    USAGE(2),
    /** Input could not be read, analysed or sent (missing build output, unreachable registry). */
    INPUT(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
