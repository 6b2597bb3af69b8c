package dev.stratum.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratum.core.Printable;
import dev.stratum.generate.update.ProjectUpdater;
import dev.stratum.generate.update.UpdatePlan;
import dev.stratum.generate.update.UpdateRequest;
import dev.stratum.generate.update.UpdateStatus;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stratum update}: merge a newer template version into a generated project, three-way. */
@Command(name = "update", header = "Bring a generated project to a newer version of its template (three-way merge).",
        description = {"Renders what the recorded template version generated (base) and what the new version generates "
                + "(theirs) for the recorded answers, and merges the difference into the files on disk: files you never "
                + "changed are replaced, files both changed are merged, conflicts are written with git-style markers. "
                + "Exit 1 when conflicts were written (or, with --check, when the project is behind)."},
        footer = {"", "Examples:", "  stratum update --dry-run --diff", "  stratum update --to 1.1.0 services/orders",
                "  stratum update --check -f json"})
final class UpdateCommand implements Callable<Integer> {
    enum Format { TEXT, JSON }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = ".", description = "The project (default: the current directory).")
    private Path dir;

    @Option(names = "--to", paramLabel = "VERSION", description = "Template version to update to (default: the newest this Stratum has).")
    private String version;

    @Option(names = "--template", paramLabel = "DIR",
            description = "For a project generated from a template directory: the directory of the new version (default: the recorded one).")
    private String template;

    @Option(names = "--check", description = "Write nothing; exit 1 when the project is behind its template.")
    private boolean check;

    @Option(names = {"-f", "--format"}, paramLabel = "FMT", defaultValue = "text", description = "Output of --check: text or json.")
    private Format format;

    @Mixin
    private PlanOptions options;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ProjectUpdater updater = options.updater();
        if (check) {
            UpdateStatus status = updater.status(dir);
            printStatus(out, status);
            return status.behind() ? 1 : 0;
        }
        UpdatePlan plan = updater.plan(dir, UpdateRequest.upgrade(version, template));
        if (plan.record() == null) {
            out.println(Printable.escape(dir.toString()) + " is up to date: " + plan.templateId() + " " + plan.toVersion());
            return 0;
        }
        return options.run("Update", updater, plan, out);
    }

    private void printStatus(PrintWriter out, UpdateStatus status) {
        if (format == Format.JSON) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("project", status.project().toString());
            json.put("template", status.templateId());
            json.put("current", status.current());
            json.put("latest", status.latest());
            json.put("behind", status.behind());
            try {
                out.println(new ObjectMapper().writeValueAsString(json));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else if (status.behind()) {
            out.println(Printable.escape(status.project().toString()) + " is behind: " + status.templateId() + " " + status.current() + ", newest "
                    + status.latest() + " (stratum update)");
        } else {
            out.println(Printable.escape(status.project().toString()) + " is up to date: " + status.templateId() + " " + status.current());
        }
    }
}
