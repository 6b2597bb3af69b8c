package dev.stratum.audit;

import dev.stratum.finding.Finding;
import dev.stratum.finding.RuleMeta;
import java.util.List;

/**
 * The outcome of one audit: findings (sorted by file, line, id), suppressed findings kept apart, processing
 * warnings ("path: reason") kept apart from findings, the checks that ran, scores and counters.
 */
public record AuditResult(List<Finding> findings, List<Finding> suppressed, List<String> warnings,
                          List<RuleMeta> rules, AuditScores scores, int filesAnalyzed, int filesUnreadable,
                          long lines, int cacheHits, long millis) {
    public AuditResult {
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
        warnings = List.copyOf(warnings);
        rules = List.copyOf(rules);
    }
}
