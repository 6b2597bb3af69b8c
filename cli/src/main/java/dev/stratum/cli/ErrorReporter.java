package dev.stratum.cli;

import dev.stratum.core.ExitCode;
import dev.stratum.core.StratumException;
import dev.stratum.core.Printable;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on stderr, {@code stratum: error: ...}, and its documented exit code.
 * Stack traces appear only with {@code --debug}.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {
    private final boolean debug;

    ErrorReporter(boolean debug) {
        this.debug = debug;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        // picocli prefixes some messages (mutually exclusive groups) with its own "Error: ".
        String message = oneLine(ex.getMessage()).replaceFirst("^Error: ", "");
        err.println("stratum: error: " + message + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
        trace(err, ex);
        return ExitCode.USAGE.code();
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        if (ex instanceof StratumException known) {
            err.println("stratum: error: " + oneLine(known.getMessage()));
            trace(err, ex);
            return known.exitCode().code();
        }
        err.println("stratum: error: unexpected " + ex.getClass().getSimpleName()
                + (ex.getMessage() == null ? "" : ": " + oneLine(ex.getMessage()))
                + (debug ? "" : " (run again with --debug for the stack trace)"));
        trace(err, ex);
        return ExitCode.INPUT.code();
    }

    private void trace(PrintWriter err, Exception ex) {
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
    }

    static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "failed";
        }
        // a message may quote the input (a key from an audited repository's stratum.yaml): no control character
        // or bidi override reaches the terminal raw
        return Printable.escape(message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " "));
    }
}
