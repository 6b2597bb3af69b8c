package dev.stratum.cli;

import dev.stratum.core.ExitCode;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/** Process entry point: the only place that calls {@link System#exit}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Charset console = Charset.defaultCharset();
        // Not System.out: a PrintStream swallows write errors, so a report lost on a full or closed stdout could
        // never be noticed. Over the raw descriptor, the PrintWriter records the error and run() turns it into exit 3.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), console), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), console), true);
        System.exit(run(args, out, err));
    }

    /**
     * Runs one command line with the given streams and returns its exit code; used by tests too. Output that could
     * not be written to {@code out} makes the run fail with exit 3, whatever the command returned.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        int code = StratumCommand.commandLine(out, err, DebugFlag.presentIn(args)).execute(args);
        if (out.checkError() && (code == ExitCode.OK.code() || code == ExitCode.FINDINGS.code())) {
            err.println("stratum: error: " + ReportWriter.STDOUT_FAILED);
            code = ExitCode.INPUT.code();
        }
        err.flush();
        return code;
    }
}
