package dev.stratum.cli;

import dev.stratum.check.ArchCheck;
import dev.stratum.config.CheckConfig;
import dev.stratum.config.StratumConfig;
import dev.stratum.core.InputException;
import dev.stratum.core.UsageException;
import dev.stratum.finding.Report;
import dev.stratum.finding.Severity;
import dev.stratum.finding.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stratum check}: the architecture gate. Parses, calls {@link ArchCheck}, hands the report to the gate. */
@Command(name = "check", header = "Enforce architecture and security rules from stratum.yaml with ArchUnit (a CI gate).",
        description = {"Imports the compiled classes once (every module's target/classes of a Maven project, a class "
                + "directory or a jar), evaluates the rules of the check: section of stratum.yaml and reports findings."},
        footer = {"", "Examples:", "  stratum check", "  stratum check -f text -f sarif:build/stratum.sarif",
                "  stratum check --baseline stratum-baseline.json --update-baseline", "  stratum check build/libs/app.jar --config ci/stratum.yaml"})
final class CheckCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Project directory, class directory or jar (default: the current directory).")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE", description = "Config file (default: ./stratum.yaml, or PATH/stratum.yaml).")
    private Path config;

    @Option(names = "--rules-jar", paramLabel = "JAR", description = "Also run the @ArchTest rules in JAR; repeatable.")
    private List<Path> rulesJars = new ArrayList<>();

    @Option(names = "--rules-timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "Time limit for a check with --rules-jar (run in a separate JVM); default: ${DEFAULT-VALUE}.")
    private long rulesTimeout;

    @Mixin
    private OutputOptions output;

    @Mixin
    private GateOptions gate;

    @Override
    public Integer call() {
        ReportWriter writer = new ReportWriter(spec.commandLine().getOut(), spec.commandLine().getErr(), System.console() != null);
        writer.validate(output, gate, List.of());
        for (Path p : paths) { // a missing PATH is the error to report, not the config it would have held
            if (!Files.exists(p)) {
                throw new InputException(p + ": no such file or directory");
            } else if (!Files.isReadable(p)) {
                throw new InputException(p + ": not readable");
            }
        }
        Path projectDir = paths.size() == 1 && Files.isDirectory(paths.get(0)) ? paths.get(0) : Path.of("");
        StratumConfig.Loaded loaded = StratumConfig.load(config, projectDir);
        CheckConfig check = loaded.config().check();
        if (check == null) {
            throw new UsageException(loaded.file() == null
                    ? projectDir.resolve(StratumConfig.FILE_NAME) + ": not found (run 'stratum init' to create one, or pass --config FILE)"
                    : loaded.file() + ": no 'check:' section (run 'stratum init' to create one, or pass --config FILE)");
        }
        // before the analysis: a baseline path from the config that leads outside the project fails fast
        Path baseline = check.baseline() == null ? null : loaded.resolveInside("check.baseline", check.baseline());
        if (rulesTimeout < 1) {
            throw new UsageException("--rules-timeout: must be at least 1 second (got " + rulesTimeout + ")");
        }
        Report report = ArchCheck.run(new ArchCheck.Request(paths, check, rulesJars, new Tool("stratum", VersionProvider.version()),
                Duration.ofSeconds(rulesTimeout)));
        return writer.finish(report, output, gate, Severity.HIGH, baseline, List.of());
    }
}
