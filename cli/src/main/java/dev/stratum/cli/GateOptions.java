package dev.stratum.cli;

import dev.stratum.finding.Severity;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Shared by check and audit: what fails the run, and the baseline of known findings. */
public final class GateOptions {
    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit 1 when a finding is at or above SEVERITY: info, low, medium (warning), high (error), "
                    + "critical. Default: high.")
    String failOn;

    @Option(names = "--exit-zero", description = "Report findings but always exit 0 (errors still exit 2 or 3).")
    boolean exitZero;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Hide findings recorded in FILE; new ones still fail.")
    Path baseline;

    @Option(names = "--update-baseline",
            description = "Write today's findings to the baseline file (fixed ones drop out) and exit 0.")
    boolean updateBaseline;

    public Severity failOn(Severity commandDefault) {
        return failOn == null ? commandDefault : Severity.parse(failOn);
    }

    public boolean exitZero() {
        return exitZero;
    }

    public boolean updateBaseline() {
        return updateBaseline;
    }

    /** The {@code --baseline} file, or {@code configured} (from stratum.yaml; may be null). */
    public Path baseline(Path configured) {
        return baseline != null ? baseline : configured;
    }
}
