package dev.stratum.cli;

import dev.stratum.generate.RenderLimits;
import dev.stratum.generate.update.ProjectUpdater;
import dev.stratum.generate.update.UpdatePlan;
import java.io.PrintWriter;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Shared by add, remove and update: preview, diff, the git safety check, the render limit; and the run itself. */
final class PlanOptions {
    @Option(names = "--dry-run", description = "Print the plan (added, replaced, merged, conflicted, kept, removed); write nothing.")
    boolean dryRun;

    @Option(names = "--diff", description = "Also print a unified diff of every file that changes.")
    boolean diff;

    @Option(names = "--force", description = "Write even when the project's git working tree has uncommitted changes.")
    boolean force;

    @Option(names = "--render-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Time limit for rendering each template version (default: ${DEFAULT-VALUE} s).")
    int renderTimeout;

    ProjectUpdater updater() {
        return new ProjectUpdater(VersionProvider.version(), RenderLimits.defaults().withTimeout(Duration.ofSeconds(renderTimeout)));
    }

    /** Prints the plan, writes it unless a dry run, and returns the exit code: 1 when it holds conflicts. */
    int run(String what, ProjectUpdater updater, UpdatePlan plan, PrintWriter out) {
        if (!dryRun) {
            updater.apply(plan, force);
        }
        new PlanPrinter(out).print(what, plan, dryRun, diff);
        return plan.hasConflicts() ? 1 : 0;
    }
}
