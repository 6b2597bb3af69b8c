package dev.stratum.cli;

import dev.stratum.generate.update.ProjectUpdater;
import dev.stratum.generate.update.UpdateRequest;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stratum remove}: take features out of a generated project where the user has not changed what they contributed. */
@Command(name = "remove", header = "Remove features from a generated project.",
        description = {"Takes out what the features contributed (files, dependencies, properties) where you have not "
                + "changed it, and lists what it left. Exit 1 when conflicts were written."},
        footer = {"", "Examples:", "  stratum remove cache-caffeine", "  stratum remove security services/orders --dry-run"})
final class RemoveCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FEATURE... [DIR]", description = "Features to remove, then the project (default: the current directory).")
    private List<String> args;

    @Mixin
    private PlanOptions options;

    @Override
    public Integer call() {
        FeatureArguments a = FeatureArguments.of(args, "remove");
        ProjectUpdater updater = options.updater();
        return options.run("Remove " + String.join(", ", a.features()) + " from", updater,
                updater.plan(a.dir(), UpdateRequest.features(List.of(), a.features())), spec.commandLine().getOut());
    }
}
