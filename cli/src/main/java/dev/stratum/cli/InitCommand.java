package dev.stratum.cli;

import dev.stratum.check.ProjectInit;
import dev.stratum.config.StratumConfig;
import dev.stratum.core.AtomicFileSet;
import dev.stratum.core.SafeYaml;
import dev.stratum.core.UsageException;
import dev.stratum.finding.Baseline;
import dev.stratum.finding.Tool;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stratum init}: adopt the gate in one command (a starting stratum.yaml and a baseline of today's findings). */
@Command(name = "init", header = "Write a starting stratum.yaml (check: section) and a baseline of today's violations.",
        description = {"Reads the project's compiled classes, infers the base package and the layers from common "
                + "package names (web/controller/api, service/application/domain, repository/persistence/infrastructure/adapter), "
                + "picks the presets that fit, and freezes today's findings in a baseline so 'stratum check' passes "
                + "until someone adds a new violation. Never overwrites files without --force."},
        footer = {"", "Examples:", "  mvn -q compile && stratum init && stratum check", "  stratum init services/orders --force"})
final class InitCommand implements Callable<Integer> {
    static final String BASELINE = "stratum-baseline.json";

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "Project directory (default: the current directory).")
    private Path dir;

    @Option(names = "--force", description = "Replace an existing stratum.yaml and baseline.")
    private boolean force;

    @Override
    public Integer call() {
        Path project = dir == null ? Path.of("") : dir;
        if (!Files.isDirectory(project)) {
            throw new UsageException(project + ": not a directory");
        }
        Path configFile = project.resolve(StratumConfig.FILE_NAME);
        Path baselineFile = project.resolve(BASELINE);
        for (Path p : List.of(configFile, baselineFile)) {
            if (Files.isSymbolicLink(p)) { // checked before the analysis; --force replaces files, never link targets
                throw new UsageException("cannot write " + p + ": it is a symbolic link (Stratum never writes through links)");
            }
            if (Files.exists(p) && !force) {
                throw new UsageException(p + " already exists (use --force to replace it)");
            }
            if (Files.exists(p) && !Files.isRegularFile(p)) {
                throw new UsageException("cannot write " + p + ": it is not a regular file");
            }
        }
        ProjectInit.Result result = ProjectInit.infer(List.of(project), BASELINE, new Tool("stratum", VersionProvider.version()));
        String yaml = "# Written by 'stratum init'. Reference: docs/config.md; schema: docs/stratum.schema.json.\n"
                + "# Findings that existed on day one are frozen in " + BASELINE + "; 'stratum check' fails on new ones.\n"
                + SafeYaml.write(new StratumConfig(result.config(), null));
        // Both or neither: a config naming a baseline that was never written (or the reverse) would make the retry
        // refuse with "already exists" and leave the gate broken.
        new AtomicFileSet()
                .addString(baselineFile, Baseline.text(result.report().findings()))
                .addString(configFile, yaml)
                .write();
        PrintWriter out = spec.commandLine().getOut();
        out.println("Base package: " + (result.basePackage().isEmpty() ? "(none)" : result.basePackage()));
        out.println("Layers:       " + (result.config().layers().isEmpty() ? "(none recognised)"
                : String.join(", ", result.config().layers().keySet())));
        out.println("Presets:      " + String.join(", ", result.config().presets()));
        out.println("Wrote " + configFile + " and " + baselineFile + " (" + result.report().findings().size()
                + " finding(s) frozen, " + result.report().warnings().size() + " warning(s)).");
        out.println("Next: run 'stratum check" + (dir == null ? "" : " " + dir) + "' in CI; new violations fail it.");
        return 0;
    }
}
