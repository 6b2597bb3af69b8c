package dev.stratum.audit;

import dev.stratum.finding.Report;
import java.util.List;

/**
 * The outcome of one audit: the shared {@link Report} (findings, suppressed findings, processing warnings, the
 * checks that ran, scores) plus the scores as a value, counters for the summary and benchmarks, and
 * {@code notices}: lines about the run itself rather than the input (an untrusted cache that was rebuilt, a cache
 * that could not be written), which the command prints as warnings on stderr; {@code phases}: where the time went.
 */
public record AuditResult(Report report, AuditScores scores, int filesAnalyzed, int filesUnreadable, long lines,
                          int cacheHits, long millis, List<String> notices, List<PhaseTimes.Phase> phases) {
    public AuditResult {
        notices = List.copyOf(notices);
        phases = List.copyOf(phases);
    }
}
