package dev.stratum.audit;

import dev.stratum.finding.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How to audit: which areas ({@code --only}), which checks are off, severity overrides, excluded path globs (from
 * the {@code audit:} section of stratum.yaml), whether to use the incremental cache, and the tool version that
 * keys it.
 */
public record AuditOptions(Set<String> areas, Set<String> disabled, Map<String, Severity> severities,
                           List<String> excludes, boolean useCache, String toolVersion, int threads,
                           AuditProgress progress) {
    public AuditOptions {
        areas = Set.copyOf(areas.isEmpty() ? AuditArea.ALL : areas);
        disabled = Set.copyOf(disabled);
        severities = Map.copyOf(severities);
        excludes = List.copyOf(excludes);
        threads = Math.max(1, threads);
        progress = progress == null ? AuditProgress.NONE : progress;
    }

    /** All areas, every check, no cache, no progress: what tests mostly want. */
    public static AuditOptions defaults() {
        return new AuditOptions(Set.of(), Set.of(), Map.of(), List.of(), false, "dev",
                Runtime.getRuntime().availableProcessors(), AuditProgress.NONE);
    }

    public AuditOptions withCache(boolean cache) {
        return new AuditOptions(areas, disabled, severities, excludes, cache, toolVersion, threads, progress);
    }

    public AuditOptions withAreas(Set<String> only) {
        return new AuditOptions(only, disabled, severities, excludes, useCache, toolVersion, threads, progress);
    }

    public AuditOptions withConfig(Set<String> off, Map<String, Severity> overrides, List<String> excluded) {
        return new AuditOptions(areas, off, overrides, excluded, useCache, toolVersion, threads, progress);
    }

    public AuditOptions withProgress(AuditProgress p) {
        return new AuditOptions(areas, disabled, severities, excludes, useCache, toolVersion, threads, p);
    }
}
