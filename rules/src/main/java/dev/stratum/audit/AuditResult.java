package dev.stratum.audit;

import dev.stratum.finding.Report;

/**
 * The outcome of one audit: the shared {@link Report} (findings, suppressed findings, processing warnings, the
 * checks that ran, scores) plus the scores as a value and counters for the summary and benchmarks.
 */
public record AuditResult(Report report, AuditScores scores, int filesAnalyzed, int filesUnreadable, long lines,
                          int cacheHits, long millis) {
}
