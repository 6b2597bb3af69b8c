package dev.stratum.audit;

import dev.stratum.audit.incremental.AuditCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The parallel pass over Java files: read, hash, take from the cache or parse and analyse, then drop the AST.
 * Memory stays bounded by the number of workers, not the number of files.
 */
final class SourcePass {
    private final JavaFileAnalyzer analyzer;
    private final AuditCache cache;
    private final Codebase codebase;
    private final AuditProgress progress;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger unreadable = new AtomicInteger();

    SourcePass(JavaFileAnalyzer analyzer, AuditCache cache, Codebase codebase, AuditProgress progress) {
        this.analyzer = analyzer;
        this.cache = cache;
        this.codebase = codebase;
        this.progress = progress;
    }

    List<FileAnalysis> run(int threads, List<String> warnings) {
        List<Path> files = codebase.javaSources();
        List<FileAnalysis> results = new ArrayList<>();
        ForkJoinPool pool = new ForkJoinPool(threads);
        AuditEngine.await(pool, () -> results.addAll(files.parallelStream()
                .map(f -> one(f, files.size(), warnings)).filter(Objects::nonNull).toList()));
        return results;
    }

    private FileAnalysis one(Path file, int total, List<String> warnings) {
        String rel = codebase.relative(file);
        try {
            byte[] bytes;
            try {
                bytes = InputFiles.read(file, JavaFileAnalyzer.MAX_BYTES);
            } catch (InputFiles.Unreadable e) {
                unreadable.incrementAndGet();
                warnings.add(rel + ": " + e.getMessage() + ", skipped");
                return null;
            }
            String hash = cache == null ? null : hash(rel, bytes);
            if (cache != null) {
                FileAnalysis hit = cache.get(hash);
                if (hit != null) {
                    hits.incrementAndGet();
                    return hit;
                }
            }
            JavaFileAnalyzer.Outcome outcome = analyzer.analyze(rel, bytes);
            if (outcome instanceof JavaFileAnalyzer.Unreadable u) {
                unreadable.incrementAndGet();
                warnings.add(u.file() + ": " + u.reason());
                return null;
            }
            JavaFileAnalyzer.Analyzed analyzed = (JavaFileAnalyzer.Analyzed) outcome;
            for (String id : analyzed.failedChecks()) {
                warnings.add(rel + ": check " + id + " failed on this file; please report it");
            }
            if (cache != null && analyzed.failedChecks().isEmpty()) {
                cache.put(hash, analyzed.analysis());
            }
            return analyzed.analysis();
        } finally {
            progress.advance(done.incrementAndGet(), total);
        }
    }

    int cacheHits() {
        return hits.get();
    }

    int unreadable() {
        return unreadable.get();
    }

    static String hash(String relative, byte[] bytes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(relative.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
