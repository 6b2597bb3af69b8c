package dev.stratum.check;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.stratum.finding.RuleMeta;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One rule of a check run: its metadata (the single source for reports and docs/rules.md), which classes it looks
 * at, and how to evaluate it. Most rules wrap an ArchUnit {@link ArchRule}; rules from a rules jar may be methods.
 */
public record CheckRule(RuleMeta meta, Scope scope, Evaluator evaluator) {
    /** Production classes, or test classes (imported only with {@code check.tests: true}). */
    public enum Scope { MAIN, TEST }

    /** Evaluates a rule against classes and lists its violations. */
    @FunctionalInterface
    public interface Evaluator {
        List<Violation> evaluate(JavaClasses classes);
    }

    /** ArchUnit's view of one violation: the objects involved (dependencies, accesses, classes, cycles) and text. */
    public record Violation(List<Object> objects, String message) {
        public Violation {
            objects = List.copyOf(objects);
        }
    }

    public CheckRule {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(evaluator, "evaluator");
    }

    public static CheckRule of(RuleMeta meta, ArchRule rule) {
        return of(meta, Scope.MAIN, rule);
    }

    public static CheckRule of(RuleMeta meta, Scope scope, ArchRule rule) {
        ArchRule tolerant = rule.allowEmptyShould(true);
        return new CheckRule(meta, scope, classes -> violations(tolerant.evaluate(classes)));
    }

    public String id() {
        return meta.id();
    }

    /** A copy with another severity and/or rationale (from stratum.yaml). */
    public CheckRule withMeta(RuleMeta newMeta) {
        return new CheckRule(newMeta, scope, evaluator);
    }

    static List<Violation> violations(EvaluationResult result) {
        List<Violation> out = new ArrayList<>();
        result.handleViolations((Collection<Object> objects, String message) ->
                out.add(new Violation(new ArrayList<>(objects), message)), new Object[0]);
        return out;
    }
}
