package dev.stratum.check;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import dev.stratum.config.CheckConfig;
import dev.stratum.core.InputException;
import dev.stratum.finding.Finding;
import dev.stratum.finding.ProcessingWarning;
import dev.stratum.finding.Report;
import dev.stratum.finding.Tool;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code stratum check} as a service: rules from config -> one import of all classes -> evaluate every rule ->
 * findings (suppressions from {@code check.suppress} kept apart). The baseline and the gate are the caller's.
 */
public final class ArchCheck {
    private ArchCheck() {
    }

    /** Rules jars run in a child JVM that is killed after this long unless the caller says otherwise. */
    public static final Duration DEFAULT_RULES_TIMEOUT = Duration.ofMinutes(10);

    /**
     * What to check: PATHs (project dir, class dir or jar; current directory when empty), config, rule jars, and
     * how long a check with rule jars may take (see {@link RulesJarProcess}).
     */
    public record Request(List<Path> paths, CheckConfig config, List<Path> rulesJars, Tool tool, Duration rulesTimeout) {
        public Request {
            paths = List.copyOf(paths);
            rulesJars = List.copyOf(rulesJars);
            rulesTimeout = rulesTimeout == null ? DEFAULT_RULES_TIMEOUT : rulesTimeout;
        }

        public Request(List<Path> paths, CheckConfig config, List<Path> rulesJars, Tool tool) {
            this(paths, config, rulesJars, tool, DEFAULT_RULES_TIMEOUT);
        }
    }

    /**
     * Runs the check. With rules jars it runs in a child JVM: their code is the user's and must not be able to end
     * this process or run without a time limit.
     */
    public static Report run(Request request) {
        if (!request.rulesJars().isEmpty()) {
            return RulesJarProcess.run(request);
        }
        return runHere(request);
    }

    /** Runs the check in this JVM (rules jars included: only the child JVM calls this with jars). */
    static Report runHere(Request request) {
        RuleSet rules = RuleSet.from(request.config(), request.rulesJars());
        try {
            ImportedClasses classes = ClassImport.of(ClassInputs.resolve(request.paths(), request.config().includeTests()));
            return evaluate(rules, classes, request.config(), request.tool());
        } catch (OutOfMemoryError e) {
            // Errors would escape the CLI's one-line error handling; this one has a known remedy.
            throw new InputException("out of memory while analysing the classes; give the JVM more heap, "
                    + "e.g. STRATUM_JAVA_OPTS=-Xmx4g", e);
        }
    }

    static Report evaluate(RuleSet rules, ImportedClasses classes, CheckConfig config, Tool tool) {
        FindingMapper mapper = new FindingMapper(classes, classes.sources().baseDir());
        List<Finding> findings = new ArrayList<>();
        List<Finding> suppressed = new ArrayList<>();
        List<ProcessingWarning> warnings = new ArrayList<>(classes.warnings());
        for (CheckRule rule : rules.rules()) {
            JavaClasses scope = rule.scope() == CheckRule.Scope.MAIN ? classes.main() : classes.tests();
            if (scope.isEmpty()) {
                continue;
            }
            List<CheckRule.Violation> violations;
            try {
                violations = rule.evaluator().evaluate(scope);
            } catch (RuntimeException | LinkageError e) {
                warnings.add(new ProcessingWarning(null, "rule " + rule.id() + " could not be evaluated: "
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""))));
                continue;
            }
            for (CheckRule.Violation v : violations) {
                Finding f = mapper.map(rule.meta(), v);
                (isSuppressed(f, config) ? suppressed : findings).add(f);
            }
        }
        return new Report(tool, rules.metas(), findings, suppressed, warnings, Map.of());
    }

    private static boolean isSuppressed(Finding f, CheckConfig config) {
        for (CheckConfig.Suppress s : config.suppress()) {
            if (!s.rule().equals(f.id()) || f.className() == null) {
                continue;
            }
            if (s.in() == null || s.in().values().isEmpty()) {
                return true;
            }
            String pkg = f.className().contains(".") ? f.className().substring(0, f.className().lastIndexOf('.')) : "";
            for (String pattern : s.in().values()) {
                String topLevel = f.className().split("\\$")[0];
                if (pattern.equals(f.className()) || pattern.equals(topLevel)
                        || (PackagePatterns.isPattern(pattern) && PackagePattern.of(pattern).matches(pkg))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The classes a run would import, for {@code stratum init}. */
    public static List<JavaClass> importOnly(List<Path> paths) {
        ImportedClasses imported = ClassImport.of(ClassInputs.resolve(paths, false));
        List<JavaClass> out = new ArrayList<>();
        imported.main().forEach(out::add);
        return out;
    }
}
