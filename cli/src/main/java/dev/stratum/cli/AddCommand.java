package dev.stratum.cli;

import dev.stratum.generate.update.ProjectUpdater;
import dev.stratum.generate.update.UpdateRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stratum add}: add features to a generated project, merged into the files as they are now. */
@Command(name = "add", header = "Add features to a generated project.",
        description = {"Renders the project with its recorded features and with the new ones (same template version, "
                + "same answers) and merges the difference into the files on disk: new files are written, pom.xml and "
                + "application.properties gain the feature's entries, your own lines stay. Requirements and conflicts "
                + "are checked as in stratum new. Exit 1 when conflicts were written."},
        footer = {"", "Examples:", "  stratum add cache-redis --remove cache-caffeine", "  stratum add observability security services/orders --dry-run"})
final class AddCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FEATURE... [DIR]", description = "Features to add, then the project (default: the current directory).")
    private List<String> args;

    @Option(names = "--remove", paramLabel = "FEATURE", split = ",",
            description = "Remove these features in the same step, e.g. a conflicting one: add cache-redis --remove cache-caffeine.")
    private List<String> remove = new ArrayList<>();

    @Mixin
    private PlanOptions options;

    @Override
    public Integer call() {
        FeatureArguments a = FeatureArguments.of(args, "add");
        ProjectUpdater updater = options.updater();
        String what = "Add " + String.join(", ", a.features()) + (remove.isEmpty() ? "" : " (removing " + String.join(", ", remove) + ")");
        return options.run(what + " to", updater,
                updater.plan(a.dir(), UpdateRequest.features(a.features(), remove)), spec.commandLine().getOut());
    }
}
