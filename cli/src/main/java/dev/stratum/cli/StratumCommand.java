package dev.stratum.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command: lists the subcommands; each one is a class of its own. */
@Command(name = "stratum",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        header = "Generate, check, audit and containerise Java backend services.",
        synopsisSubcommandLabel = "COMMAND",
        footer = {"", "Exit codes: 0 ok, 1 findings at or above the gate, 2 usage or config error, "
                + "3 input could not be read or analysis failed."},
        subcommands = {
            HelpCommand.class,
            NewCommand.class,
            AddCommand.class,
            RemoveCommand.class,
            UpdateCommand.class,
            CheckCommand.class,
            InitCommand.class,
            AuditCommand.class,
            ImageCommand.class,
            CompletionCommand.class,
        })
public final class StratumCommand implements Runnable {
    @Option(names = DebugFlag.NAME, scope = ScopeType.INHERIT,
            description = "Print stack traces of errors (never credentials).")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Every subcommand answers --help and --version, declared once here rather than on each class. */
    private static void addHelpOptions(CommandLine command) {
        for (CommandLine sub : command.getSubcommands().values()) {
            if (!sub.getCommandSpec().mixinStandardHelpOptions() && !(sub.getCommand() instanceof HelpCommand)) {
                sub.getCommandSpec().mixinStandardHelpOptions(true);
            }
            addHelpOptions(sub);
        }
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean debug) {
        ErrorReporter errors = new ErrorReporter(debug);
        CommandLine root = new CommandLine(new StratumCommand());
        addHelpOptions(root);
        return root
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors);
    }
}
