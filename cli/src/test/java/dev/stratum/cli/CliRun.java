package dev.stratum.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process with its own writers, as picocli's tests do; no global stream capture. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Errors are exactly one line starting with the tool's prefix. */
    boolean isOneLineError() {
        return err.startsWith("stratum: error: ") && err.strip().lines().count() == 1;
    }
}
