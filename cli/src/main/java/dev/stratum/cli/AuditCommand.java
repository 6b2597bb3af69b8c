package dev.stratum.cli;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.AuditCheck;
import dev.stratum.audit.AuditEngine;
import dev.stratum.audit.AuditOptions;
import dev.stratum.audit.AuditProgress;
import dev.stratum.audit.AuditResult;
import dev.stratum.audit.incremental.CacheLocation;
import dev.stratum.config.AuditConfig;
import dev.stratum.config.StratumConfig;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import dev.stratum.report.AuditTextReporter;
import dev.stratum.report.HtmlReporter;
import dev.stratum.core.Printable;
import dev.stratum.report.Reporter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stratum audit}: parse flags and stratum.yaml, run the audit engine, write reports, map the gate. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        header = "Find the caching, database, monitoring, security and resilience gaps in a Java backend.",
        description = {"Reads sources, application*.yml/properties, pom.xml or build.gradle and migrations without "
                + "running or compiling anything, and reports findings with a score per area."},
        footer = {"", "Exit codes: 0 passed, 1 findings at or above --fail-on (default high), 2 usage or config error, "
                + "3 nothing could be read."})
public final class AuditCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", defaultValue = ".",
            description = "Project to audit: a Maven or Gradle project or a source tree. Default: the current directory.")
    Path path;

    @Mixin
    OutputOptions output;

    @Mixin
    GateOptions gate;

    @Option(names = "--only", split = ",", paramLabel = "AREA",
            description = "Only these areas (comma-separated): caching, database, monitoring, security, resilience.")
    List<String> only = new ArrayList<>();

    @Option(names = "--checks", description = "List the checks (id, area, severity, title) and exit.")
    boolean listChecks;

    @Option(names = "--config", paramLabel = "FILE", description = "stratum.yaml to use (default: PATH/stratum.yaml).")
    Path config;

    @Option(names = "--no-cache", description = "Neither read nor write the incremental cache.")
    boolean noCache;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Cache root (default: $STRATUM_CACHE_DIR, else $XDG_CACHE_HOME/stratum, else ~/.cache/stratum); "
                    + "never inside the audited tree.")
    Path cacheDir;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar or summary on stderr.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @ParentCommand
    StratumCommand root;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Set<String> areas = new HashSet<>();
        only.forEach(a -> areas.add(AuditArea.parse(a)));
        AuditEngine engine = AuditEngine.standard();
        if (listChecks) {
            printChecks(out, engine.checks(), areas);
            return 0;
        }
        boolean terminal = System.console() != null;
        List<Reporter> extra = List.of(new AuditTextReporter(output.colour(terminal)), new HtmlReporter());
        ReportWriter writer = new ReportWriter(out, err, terminal);
        writer.validate(output, gate, extra); // bad -f / --fail-on: fail before the audit runs or the cache is written
        AuditConfig audit = StratumConfig.load(config, path).config().auditOrEmpty();
        Map<String, Severity> severities = new LinkedHashMap<>();
        audit.severity().forEach((id, s) -> severities.put(id, Severity.parse(s)));
        ProgressBar bar = !quiet && terminal ? new ProgressBar(err) : null;
        Path cacheRoot = noCache ? null
                : CacheLocation.root(cacheDir, System.getenv(), System.getProperty("user.home", "/"));
        AuditOptions options = AuditOptions.defaults().withAreas(areas).withCacheDir(cacheRoot)
                .withConfig(new HashSet<>(audit.disable()), severities, audit.exclude())
                .withProgress(bar == null ? AuditProgress.NONE : bar).withToolVersion(VersionProvider.version());
        AuditResult result = engine.audit(path, options);
        if (bar != null) {
            bar.clear();
        }
        for (String notice : result.notices()) {
            err.println("stratum: warning: " + Printable.escape(notice));
        }
        if (!quiet) {
            err.printf("stratum: audited %d Java files (%,d lines, %d from cache) in %.1f s%n", result.filesAnalyzed(),
                    result.lines(), result.cacheHits(), result.millis() / 1000.0);
            err.flush();
        }
        if (root != null && root.debug) {
            result.phases().forEach(p -> err.printf("stratum: debug: %7d ms wall %s  %s%n", p.millis(),
                    p.cpuMillis() < 0 ? "            " : String.format("%7d ms CPU", p.cpuMillis()), p.name()));
            err.flush();
        }
        return writer.finish(result.report(), output, gate, Severity.HIGH, null, extra);
    }

    private static void printChecks(PrintWriter out, List<AuditCheck> checks, Set<String> areas) {
        out.printf("%-6s %-11s %-9s %s%n", "ID", "AREA", "SEVERITY", "TITLE");
        for (AuditCheck c : checks) {
            RuleMeta m = c.meta();
            if (areas.isEmpty() || areas.contains(m.area())) {
                out.printf("%-6s %-11s %-9s %s%n", m.id(), m.area(), m.severity().id(), m.title());
            }
        }
        out.flush();
    }
}
