package dev.stratum.audit;

import dev.stratum.audit.build.BuildModule;
import dev.stratum.audit.build.BuildModules;
import dev.stratum.audit.build.Dependencies;
import dev.stratum.audit.build.GradleReader;
import dev.stratum.audit.build.PomReader;
import dev.stratum.audit.config.ConfigFileReader;
import dev.stratum.audit.config.ConfigProperty;
import dev.stratum.audit.config.ConfigSet;
import dev.stratum.audit.config.ConfigSources;
import dev.stratum.audit.migration.IndexCatalog;
import dev.stratum.audit.incremental.AuditCache;
import dev.stratum.audit.migration.MigrationReader;
import dev.stratum.audit.model.FileFacts;
import dev.stratum.audit.model.ProjectTypes;
import dev.stratum.audit.security.Secrets;
import dev.stratum.core.InputException;
import dev.stratum.core.UsageException;
import dev.stratum.finding.Finding;
import dev.stratum.finding.Fingerprints;
import dev.stratum.finding.ProcessingWarning;
import dev.stratum.finding.Report;
import dev.stratum.finding.Tool;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs an audit: scan, read build files, configuration and migrations, analyse Java files in parallel (one AST
 * per worker at a time, cached per file), index facts, confirm conditional findings, run project checks, apply
 * config and suppressions, score. Never executes or compiles the audited code.
 */
public final class AuditEngine {
    private final List<AuditCheck> checks;
    private final Map<String, AuditCheck> byId = new LinkedHashMap<>();

    public AuditEngine(List<AuditCheck> checks) {
        this.checks = List.copyOf(checks);
        for (AuditCheck c : checks) {
            if (byId.put(c.id(), c) != null) {
                throw new IllegalArgumentException("duplicate check id " + c.id());
            }
        }
    }

    public static AuditEngine standard() {
        return new AuditEngine(CheckRegistry.all());
    }

    public List<AuditCheck> checks() {
        return checks;
    }

    public AuditResult audit(Path root, AuditOptions options) {
        long start = System.nanoTime();
        PhaseTimes clock = new PhaseTimes();
        validate(options);
        Codebase codebase = new CodebaseScanner(options.excludes(), options.walker()).scan(root);
        clock.mark("scan");
        List<String> warnings = Collections.synchronizedList(new ArrayList<>(codebase.warnings()));
        if (codebase.isEmpty()) {
            throw new InputException(root + ": no Java sources, build files or application configuration found");
        }
        ProjectModelBuilder projectBuilder = new ProjectModelBuilder(codebase, warnings);
        BuildModules modules = projectBuilder.modules();
        Dependencies deps = Dependencies.merge(modules.all().stream().map(BuildModule::dependencies).toList());
        IndexCatalog migrations = projectBuilder.migrations();
        clock.mark("build files and migrations");

        List<SourceCheck> sourceChecks = checks.stream().filter(SourceCheck.class::isInstance)
                .map(SourceCheck.class::cast).toList();
        List<String> notices = Collections.synchronizedList(new ArrayList<>());
        AuditCache cache = options.useCache()
                ? AuditCache.open(options.cacheDir(), codebase.root(), cacheKey(options), notices::add) : null;
        clock.mark("cache open");
        SourcePass pass = new SourcePass(new JavaFileAnalyzer(sourceChecks), cache, codebase, options.progress());
        List<FileAnalysis> analyses = pass.run(options.threads(), warnings);
        clock.mark("source pass (" + pass.cacheHits() + " of " + analyses.size() + " files from the cache)");
        if (!codebase.javaSources().isEmpty() && analyses.isEmpty() && codebase.configFiles().isEmpty() && deps.isEmpty()) {
            throw new InputException(root + ": none of the " + codebase.javaSources().size()
                    + " Java files could be read, and no build file or configuration either");
        }
        long lines = 0;
        Map<String, FileAnalysis> byFile = new TreeMap<>();
        for (FileAnalysis a : analyses) {
            byFile.put(a.file(), a);
            lines += a.lines();
        }
        Map<String, FileFacts> facts = new TreeMap<>();
        byFile.forEach((file, a) -> facts.put(file, a.facts()));
        ProjectTypes types = ProjectTypes.of(facts);
        clock.mark("type model");
        List<ResourceFile> resources = projectBuilder.resources();
        List<ConfigSet> configs = projectBuilder.configs(types.propertySources(), resources);
        String[] build = projectBuilder.primaryBuildFile();
        ProjectModel whole = new ProjectModel(deps, configs, migrations, types, codebase.testSources() > 0,
                build[0], build[0] == null ? 0 : Integer.parseInt(build[1]), resources, List.of());
        ProjectModel project = new ProjectModel(deps, configs, migrations, types, whole.hasTests(), whole.buildFile(),
                whole.buildFileLine(), resources, ApplicationViews.of(whole, modules, facts));
        clock.mark("configuration model");

        List<RawFinding> raw = new ArrayList<>();
        for (FileAnalysis a : analyses) {
            for (RawFinding f : a.findings()) {
                AuditCheck check = byId.get(f.checkId());
                if (check instanceof SourceCheck sc && (f.premise() == null || sc.confirm(f.premise(), project))) {
                    raw.add(f);
                }
            }
        }
        clock.mark("premises confirmed");
        ProjectSink projectSink = new ProjectSink(codebase.root(), byFile);
        int quick = 0;
        long quickMillis = 0;
        for (AuditCheck c : checks) {
            if (c instanceof ProjectCheck pc && options.areas().contains(c.meta().area()) && !options.disabled().contains(c.id())) {
                long began = System.nanoTime();
                try {
                    pc.check(project, projectSink);
                } catch (RuntimeException e) {
                    warnings.add("check " + c.id() + " failed (" + e.getClass().getSimpleName() + "); its findings are missing");
                }
                long took = (System.nanoTime() - began) / 1_000_000;
                if (took >= PhaseTimes.LISTED_CHECK_MILLIS) {
                    clock.add("project check " + c.id(), took);
                } else {
                    quick++;
                    quickMillis += took;
                }
            }
        }
        clock.add(quick + " other project checks", quickMillis);
        clock.mark("project checks");
        raw.addAll(projectSink.found());

        List<RawFinding> active = new ArrayList<>();
        List<RawFinding> hidden = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RawFinding f : raw) {
            AuditCheck check = byId.get(f.checkId());
            if (check == null || options.disabled().contains(f.checkId()) || !options.areas().contains(check.meta().area())
                    || !seen.add(f.checkId() + "|" + f.file() + "|" + f.line() + "|" + f.message())) {
                continue;
            }
            (f.suppressedBy() == null ? active : hidden).add(f);
        }
        List<Finding> findings = new ArrayList<>();
        List<Finding> suppressed = new ArrayList<>();
        Folding.fold(active).forEach(g -> findings.add(finding(g, options)));
        Folding.fold(hidden).forEach(g -> suppressed.add(finding(g, options)));
        Comparator<Finding> order = Comparator.comparing((Finding f) -> f.file() == null ? "" : f.file())
                .thenComparingInt(Finding::line).thenComparing(Finding::id).thenComparing(Finding::message);
        findings.sort(order);
        suppressed.sort(order);
        clock.mark("folding and suppressions");
        if (cache != null) {
            cache.save(notices::add);
            clock.mark("cache save");
        }
        List<RuleMeta> rules = checks.stream().map(AuditCheck::meta)
                .filter(m -> options.areas().contains(m.area()) && !options.disabled().contains(m.id())).toList();
        List<ProcessingWarning> processing = warnings.stream().map(AuditEngine::warning).toList();
        AuditScores scores = AuditScores.of(findings, options.areas());
        Report report = new Report(new Tool("stratum", options.toolVersion()), rules, findings, suppressed,
                processing, scores.ordered());
        return new AuditResult(report, scores, analyses.size(), pass.unreadable(), lines,
                pass.cacheHits(), (System.nanoTime() - start) / 1_000_000, List.copyOf(notices), clock.phases());
    }

    /** One folded group as a finding: the first place, the others as related locations. */
    private Finding finding(Folding.Group g, AuditOptions options) {
        RawFinding f = g.first();
        AuditCheck check = byId.get(f.checkId());
        Severity severity = options.severities().getOrDefault(f.checkId(), check.meta().severity());
        List<dev.stratum.finding.Location> related = new ArrayList<>(f.related());
        for (RawFinding o : g.others()) {
            related.add(new dev.stratum.finding.Location(o.file(), o.line(), o.endLine()));
            related.addAll(o.related());
        }
        // messages are masked here, once, whichever check wrote them; snippets were masked when recorded
        return new Finding(check.meta(), severity, Secrets.mask(f.message()), null, f.file(), f.line(),
                f.endLine(), Fingerprints.of(f.checkId(), f.file(), f.snippet()), related);
    }

    /** Warnings are collected as "path: reason" lines; the report keeps path and reason apart. */
    static ProcessingWarning warning(String line) {
        int colon = line.indexOf(": ");
        if (colon <= 0 || line.substring(0, colon).contains(" ")) {
            return new ProcessingWarning(null, Secrets.mask(line));
        }
        // the reason may quote the input (a parser's message): masked, like every message
        return new ProcessingWarning(line.substring(0, colon), Secrets.mask(line.substring(colon + 2)));
    }

    private void validate(AuditOptions options) {
        for (String id : options.disabled()) {
            if (!byId.containsKey(id)) {
                throw new UsageException("audit.disable: unknown check '" + id + "' (see 'stratum audit --checks')");
            }
        }
        for (String id : options.severities().keySet()) {
            if (!byId.containsKey(id)) {
                throw new UsageException("audit.severity: unknown check '" + id + "' (see 'stratum audit --checks')");
            }
        }
    }

    /** Release version and check list; development builds add their build time, since their checks change. */
    private String cacheKey(AuditOptions options) {
        String key = options.toolVersion() + "|" + String.join(",", byId.keySet());
        if (options.toolVersion().endsWith("SNAPSHOT") || options.toolVersion().equals("dev")) {
            try {
                var source = AuditEngine.class.getProtectionDomain().getCodeSource();
                if (source != null) {
                    key += "|" + Files.getLastModifiedTime(Path.of(source.getLocation().toURI())).toMillis();
                }
            } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
                key += "|unknown-build";
            }
        }
        return key;
    }

    /** Collects project-check findings, honouring stratum-ignore comments in the reported file. */
    private static final class ProjectSink implements FindingSink {
        private final Path root;
        private final Map<String, FileAnalysis> javaFiles;
        private final List<RawFinding> found = new ArrayList<>();
        private final Map<String, String[]> lines = new TreeMap<>();

        ProjectSink(Path root, Map<String, FileAnalysis> javaFiles) {
            this.root = root;
            this.javaFiles = javaFiles;
        }

        List<RawFinding> found() {
            return found;
        }

        @Override
        public void report(AuditCheck check, com.github.javaparser.ast.Node node, String message) {
            throw new UnsupportedOperationException("project checks report at file and line");
        }

        @Override
        public void reportIf(Premise premise, AuditCheck check, com.github.javaparser.ast.Node node, String message) {
            report(check, node, message);
        }

        /** Java files use the suppressions recorded when they were parsed (annotations too); others their comments. */
        @Override
        public void report(AuditCheck check, String file, int line, int endLine, String message) {
            report(check, file, line, endLine, message, List.of());
        }

        @Override
        public void report(AuditCheck check, String file, int line, int endLine, String message,
                           List<dev.stratum.finding.Location> related) {
            String[] text = file == null ? new String[0] : lines.computeIfAbsent(file, this::read);
            String snippet = line >= 1 && line <= text.length ? JavaFileAnalyzer.normalise(text[line - 1]) : "";
            FileAnalysis java = file == null ? null : javaFiles.get(file);
            Suppressions suppressions = java != null ? Suppressions.of(java.suppressions()) : Suppressions.ofText(text);
            String by = suppressions.find(check.id(), line);
            found.add(new RawFinding(check.id(), file, line, endLine, message, snippet, null, by, 0, related));
        }

        private String[] read(String file) {
            try {
                return InputFiles.readString(root.resolve(file), JavaFileAnalyzer.MAX_BYTES).split("\r\n|\r|\n", -1);
            } catch (InputFiles.Unreadable | RuntimeException e) {
                return new String[0];
            }
        }
    }

    /** Reads build files, configuration and migrations (small files, read sequentially). */
    private static final class ProjectModelBuilder {
        private final Codebase codebase;
        private final List<String> warnings;

        ProjectModelBuilder(Codebase codebase, List<String> warnings) {
            this.codebase = codebase;
            this.warnings = warnings;
        }

        BuildModules modules() {
            List<BuildModule> parts = new ArrayList<>();
            for (Path b : codebase.buildFiles()) {
                String rel = codebase.relative(b);
                parts.add(b.getFileName().toString().equals("pom.xml") ? PomReader.module(b, rel, warnings::add)
                        : GradleReader.module(b, rel, warnings::add));
            }
            return new BuildModules(parts);
        }

        /** Every property source per module (see {@link ConfigSources}); read after the sources, which name some. */
        List<ConfigSet> configs(Map<String, List<String>> propertySources, List<ResourceFile> resources) {
            Set<Path> moduleDirs = new HashSet<>();
            codebase.buildFiles().forEach(b -> moduleDirs.add(b.getParent()));
            List<ResourceFile> hibernate = resources.stream()
                    .filter(r -> r.kind() == ResourceFiles.Kind.HIBERNATE).toList();
            return new ConfigSources(codebase.root(), codebase::relative, moduleDirs, codebase.configFiles(),
                    codebase.propertyFiles(), warnings::add).load(codebase.configFiles(), propertySources, hibernate);
        }

        IndexCatalog migrations() {
            IndexCatalog catalog = new IndexCatalog();
            for (Path m : codebase.migrations()) {
                MigrationReader.read(m, codebase.relative(m), catalog, warnings::add);
            }
            return catalog;
        }

        List<ResourceFile> resources() {
            List<ResourceFile> out = new ArrayList<>();
            for (Path r : codebase.resources()) {
                String rel = codebase.relative(r);
                try {
                    out.add(new ResourceFile(rel, ResourceFiles.kind(rel, r.getFileName().toString()),
                            InputFiles.readString(r, ResourceFiles.MAX_BYTES)));
                } catch (InputFiles.Unreadable e) {
                    warnings.add(rel + ": " + e.getMessage() + ", not read");
                }
            }
            for (Path m : codebase.migrations()) {
                String rel = codebase.relative(m);
                if (rel.toLowerCase(java.util.Locale.ROOT).endsWith(".sql")) {
                    try {
                        out.add(new ResourceFile(rel, ResourceFiles.Kind.SQL_MIGRATION,
                                InputFiles.readString(m, ResourceFiles.MAX_BYTES)));
                    } catch (InputFiles.Unreadable e) {
                        // MigrationReader reports it
                    }
                }
            }
            return List.copyOf(out);
        }

        /** The root build file (or the first one) and the line of its dependencies block. */
        String[] primaryBuildFile() {
            Path best = null;
            for (Path b : codebase.buildFiles()) {
                if (best == null || b.getNameCount() < best.getNameCount()) {
                    best = b;
                }
            }
            if (best == null) {
                return new String[] {null, "0"};
            }
            int line = 1;
            try {
                String[] text = InputFiles.readString(best, JavaFileAnalyzer.MAX_BYTES).split("\r\n|\r|\n", -1);
                for (int i = 0; i < text.length; i++) {
                    if (text[i].contains("<dependencies>") || text[i].strip().startsWith("dependencies")) {
                        line = i + 1;
                        break;
                    }
                }
            } catch (InputFiles.Unreadable | RuntimeException e) {
                line = 1;
            }
            return new String[] {codebase.relative(best), String.valueOf(line)};
        }
    }

    static void await(ForkJoinPool pool, Runnable work) {
        try {
            pool.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("audit interrupted", e);
        } catch (ExecutionException e) {
            throw new InputException("analysis failed (" + e.getCause().getClass().getSimpleName() + ")", e.getCause());
        } finally {
            pool.shutdown();
        }
    }

}
