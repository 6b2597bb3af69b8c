package dev.stratum.cli;

import dev.stratum.core.Printable;
import dev.stratum.generate.update.PlannedFile;
import dev.stratum.generate.update.UnifiedDiff;
import dev.stratum.generate.update.UpdatePlan;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints what add, remove or update did (or would do): one line per file by action, notes below it, a diff on request. */
final class PlanPrinter {
    private final PrintWriter out;

    PlanPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(String what, UpdatePlan plan, boolean dryRun, boolean diff) {
        out.println(what + " " + Printable.escape(plan.project().toString()) + ": " + plan.templateId() + " "
                + (plan.fromVersion().equals(plan.toVersion()) ? plan.toVersion() : plan.fromVersion() + " -> " + plan.toVersion())
                + ", features: " + String.join(", ", plan.toFeatures()) + (dryRun ? " (dry run, nothing written)" : ""));
        if (plan.files().isEmpty()) {
            out.println("  no file changes");
        }
        for (PlannedFile.Action action : PlannedFile.Action.values()) {
            for (PlannedFile f : plan.files(action)) {
                out.printf("  %-11s %s%n", action.name().toLowerCase(Locale.ROOT), Printable.escape(f.path()));
                f.notes().forEach(n -> out.println("                " + Printable.escape(n)));
            }
        }
        if (diff) {
            plan.files().stream().map(UnifiedDiff::of).filter(d -> !d.isEmpty())
                    .forEach(d -> out.print(Printable.escapeKeepingNewlines(d)));
        }
        long conflicts = plan.files(PlannedFile.Action.CONFLICTED).size();
        if (conflicts > 0) {
            out.println(conflicts + (conflicts == 1 ? " file" : " files") + (dryRun ? " would conflict" : " with conflicts")
                    + ": resolve the <<<<<<< yours / >>>>>>> template markers, then commit.");
        }
    }
}
