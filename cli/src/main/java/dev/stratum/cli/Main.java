package dev.stratum.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;

/** Process entry point: the only place that calls {@link System#exit}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Charset console = Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, console), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, console), true);
        System.exit(run(args, out, err));
    }

    /** Runs one command line with the given streams and returns its exit code; used by tests too. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        int code = StratumCommand.commandLine(out, err, DebugFlag.presentIn(args)).execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
