package dev.stratum.finding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of one run of check or audit: active findings, suppressed (baselined or ignored) findings kept apart,
 * processing warnings kept apart as errors of the run, the metadata of every rule evaluated, and optional per-area
 * scores (empty for check). Lists are sorted into one deterministic order, so every reporter is reproducible.
 */
public record Report(Tool tool, List<RuleMeta> rules, List<Finding> findings, List<Finding> suppressed,
                     List<ProcessingWarning> warnings, Map<String, Integer> scores) {

    /** File (unknown last), line, rule id, message, class: the order every reporter shows. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.file() == null ? "\uffff" : f.file())
            .thenComparingInt(Finding::line)
            .thenComparing(Finding::id)
            .thenComparing(Finding::message)
            .thenComparing(f -> f.className() == null ? "" : f.className());

    public Report {
        java.util.Objects.requireNonNull(tool, "tool");
        Map<String, RuleMeta> byId = new TreeMap<>();
        for (RuleMeta rule : rules) {
            byId.putIfAbsent(rule.id(), rule);
        }
        rules = List.copyOf(byId.values());
        findings = sorted(findings);
        suppressed = sorted(suppressed);
        warnings = warnings.stream()
                .sorted(Comparator.comparing((ProcessingWarning w) -> w.file() == null ? "" : w.file())
                        .thenComparing(ProcessingWarning::message))
                .toList();
        scores = scores == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(new TreeMap<>(scores)));
    }

    /** A report without suppressed findings or scores. */
    public static Report of(Tool tool, List<RuleMeta> rules, List<Finding> findings, List<ProcessingWarning> warnings) {
        return new Report(tool, rules, findings, List.of(), warnings, Map.of());
    }

    /** A copy with findings the baseline knows moved to {@link #suppressed()}. */
    public Report withBaseline(Baseline baseline) {
        Baseline.Split split = baseline.split(findings);
        List<Finding> hidden = new ArrayList<>(suppressed);
        hidden.addAll(split.known());
        return new Report(tool, rules, split.fresh(), hidden, warnings, scores);
    }

    /** A copy with the given per-area scores (audit). */
    public Report withScores(Map<String, Integer> areaScores) {
        return new Report(tool, rules, findings, suppressed, warnings, areaScores);
    }

    /** Active findings at or above {@code gate}. */
    public long countAtLeast(Severity gate) {
        return findings.stream().filter(f -> f.severity().atLeast(gate)).count();
    }

    private static List<Finding> sorted(List<Finding> list) {
        return list.stream().sorted(ORDER).toList();
    }
}
