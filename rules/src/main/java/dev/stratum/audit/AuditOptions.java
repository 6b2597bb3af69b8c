package dev.stratum.audit;

import dev.stratum.finding.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How to audit: which areas ({@code --only}), which checks are off, severity overrides, excluded path globs (from
 * the {@code audit:} section of stratum.yaml), the cache root ({@code null}: no incremental cache; see
 * {@link dev.stratum.audit.incremental.CacheLocation}), the tool version that keys the cache, and the walker that
 * lists the tree (tests inject failures with it).
 */
public record AuditOptions(Set<String> areas, Set<String> disabled, Map<String, Severity> severities,
                           List<String> excludes, Path cacheDir, String toolVersion, int threads,
                           AuditProgress progress, CodebaseScanner.TreeWalker walker) {
    public AuditOptions {
        areas = Set.copyOf(areas.isEmpty() ? AuditArea.ALL : areas);
        disabled = Set.copyOf(disabled);
        severities = Map.copyOf(severities);
        excludes = List.copyOf(excludes);
        threads = Math.max(1, threads);
        progress = progress == null ? AuditProgress.NONE : progress;
        walker = walker == null ? Files::walkFileTree : walker;
    }

    /** All areas, every check, no cache, no progress: what tests mostly want. */
    public static AuditOptions defaults() {
        return new AuditOptions(Set.of(), Set.of(), Map.of(), List.of(), null, "dev",
                Runtime.getRuntime().availableProcessors(), AuditProgress.NONE, null);
    }

    public boolean useCache() {
        return cacheDir != null;
    }

    /** With the incremental cache under {@code root} (null: without a cache). */
    public AuditOptions withCacheDir(Path root) {
        return new AuditOptions(areas, disabled, severities, excludes, root, toolVersion, threads, progress, walker);
    }

    public AuditOptions withAreas(Set<String> only) {
        return new AuditOptions(only, disabled, severities, excludes, cacheDir, toolVersion, threads, progress, walker);
    }

    public AuditOptions withConfig(Set<String> off, Map<String, Severity> overrides, List<String> excluded) {
        return new AuditOptions(areas, off, overrides, excluded, cacheDir, toolVersion, threads, progress, walker);
    }

    public AuditOptions withProgress(AuditProgress p) {
        return new AuditOptions(areas, disabled, severities, excludes, cacheDir, toolVersion, threads, p, walker);
    }

    public AuditOptions withToolVersion(String version) {
        return new AuditOptions(areas, disabled, severities, excludes, cacheDir, version, threads, progress, walker);
    }

    public AuditOptions withThreads(int n) {
        return new AuditOptions(areas, disabled, severities, excludes, cacheDir, toolVersion, n, progress, walker);
    }

    /** With another directory walker (the shape of {@code Files.walkFileTree}); tests make listings fail with it. */
    public AuditOptions withWalker(CodebaseScanner.TreeWalker w) {
        return new AuditOptions(areas, disabled, severities, excludes, cacheDir, toolVersion, threads, progress, w);
    }
}
