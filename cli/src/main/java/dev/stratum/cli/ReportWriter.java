package dev.stratum.cli;

import dev.stratum.core.AtomicFiles;
import dev.stratum.core.ExitCode;
import dev.stratum.core.InputException;
import dev.stratum.core.OutputPaths;
import dev.stratum.core.UsageException;
import dev.stratum.finding.Baseline;
import dev.stratum.finding.Report;
import dev.stratum.finding.Severity;
import dev.stratum.report.Reporter;
import dev.stratum.report.Reporters;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The common end of check and audit: apply the baseline (or rewrite it), write every requested format, and turn the
 * gate into an exit code (0 passed, 1 findings at or above the gate).
 */
public final class ReportWriter {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;

    /** {@code terminal}: whether {@code out} is a TTY (enables colour with {@code --color auto}). */
    public ReportWriter(PrintWriter out, PrintWriter err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    /** Fails fast on unknown formats or a bad {@code --fail-on}, before any analysis runs. */
    public void validate(OutputOptions output, GateOptions gate, List<Reporter> extra) {
        Reporters reporters = reporters(output, extra);
        output.targets().forEach(t -> reporters.get(t.format()));
        gate.failOn(Severity.HIGH);
        // an explicit --baseline that is not there is a typo unless it is about to be written
        if (gate.baseline != null && !gate.updateBaseline()) {
            if (!Files.exists(gate.baseline) && !Files.isSymbolicLink(gate.baseline)) {
                throw new UsageException(gate.baseline + ": baseline file not found (create it with --update-baseline)");
            }
            if (Files.isDirectory(gate.baseline)) {
                throw new UsageException(gate.baseline + ": is a directory, not a baseline file");
            }
            if (!Files.isRegularFile(gate.baseline)) {
                throw new UsageException(gate.baseline + ": not a regular file (a baseline is a JSON file)");
            }
        }
    }

    private Reporters reporters(OutputOptions output, List<Reporter> extra) {
        Reporters reporters = Reporters.standard(output.colour(terminal));
        for (Reporter r : extra) {
            reporters = reporters.with(r);
        }
        return reporters;
    }

    /**
     * Finishes a run. {@code extra} adds command-specific formats (audit's html) to the standard ones;
     * {@code configuredBaseline} is the baseline named in stratum.yaml (may be null).
     */
    public int finish(Report report, OutputOptions output, GateOptions gate, Severity defaultGate,
                      Path configuredBaseline, List<Reporter> extra) {
        Severity failOn = gate.failOn(defaultGate);
        List<OutputOptions.Target> targets = output.targets();
        Reporters reporters = reporters(output, extra);
        for (OutputOptions.Target t : targets) {
            reporters.get(t.format()); // fail on an unknown format before doing anything
        }
        Path baselineFile = gate.baseline(configuredBaseline);
        Report shown = report;
        if (gate.updateBaseline()) {
            if (baselineFile == null) {
                throw new UsageException("--update-baseline needs --baseline FILE (or check.baseline in stratum.yaml)");
            }
            Baseline.write(baselineFile, report.findings());
            err.println("stratum: wrote " + report.findings().size() + " finding(s) to baseline " + baselineFile);
            shown = report.withBaseline(Baseline.of(report.findings()));
        } else if (baselineFile != null) {
            shown = report.withBaseline(Baseline.read(baselineFile));
        }
        for (OutputOptions.Target t : targets) {
            write(reporters.get(t.format()), shown, t.path());
        }
        checkStdout(out);
        if (gate.exitZero() || gate.updateBaseline()) {
            return ExitCode.OK.code();
        }
        return shown.countAtLeast(failOn) > 0 ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }

    /**
     * A report file is written all or nothing ({@link AtomicFiles}): a full disk or a failing reporter keeps the old
     * file. A report on stdout is checked after writing: {@link PrintWriter} swallows I/O errors, and a report lost
     * on a full or closed stdout must fail the run (exit 3), never pass the gate.
     */
    private void write(Reporter reporter, Report report, Path file) {
        if (file == null) {
            try {
                reporter.write(report, out);
            } catch (IOException e) {
                throw new InputException(STDOUT_FAILED + " (" + e.getMessage() + ")", e);
            }
            checkStdout(out);
            return;
        }
        OutputPaths.createParents(file);
        AtomicFiles.write(file, stream -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            reporter.write(report, w);
            w.flush();
        });
    }

    static final String STDOUT_FAILED = "cannot write to standard output";

    /** Fails with exit 3 when anything written to {@code stdout} was lost. */
    static void checkStdout(PrintWriter stdout) {
        if (stdout.checkError()) { // flushes, then reports any error the writer swallowed
            throw new InputException(STDOUT_FAILED);
        }
    }
}
