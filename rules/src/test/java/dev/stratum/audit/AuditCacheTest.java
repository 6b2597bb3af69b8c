package dev.stratum.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import dev.stratum.audit.incremental.AuditCache;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The incremental cache: unchanged files come from the user's cache directory, changed ones are re-analysed. */
class AuditCacheTest {
    @TempDir
    Path root;

    @TempDir
    Path cacheDir;

    private Path cacheFile() throws IOException {
        try (var files = Files.walk(cacheDir)) {
            return files.filter(p -> p.getFileName().toString().equals(AuditCache.FILE)).findFirst().orElseThrow();
        }
    }

    @Test
    void secondRunReadsUnchangedFilesFromTheCache() throws IOException {
        for (int i = 0; i < 20; i++) {
            Path f = root.resolve("src/main/java/app/C" + i + ".java");
            Files.createDirectories(f.getParent());
            Files.writeString(f, "package app;\nclass C" + i + " {\n  void run() { }\n}\n");
        }
        AuditOptions cached = AuditOptions.defaults().withCacheDir(cacheDir);
        AuditResult cold = AuditEngine.standard().audit(root, cached);
        assertThat(cold.cacheHits()).isZero();
        assertThat(cold.report().findings()).isEmpty();
        assertThat(cacheFile()).isRegularFile();
        assertThat(root.resolve(".stratum")).doesNotExist();

        Files.writeString(root.resolve("src/main/java/app/C7.java"),
                "package app;\nclass C7 {\n  void run() { System.out.println(1); }\n}\n");
        AuditResult warm = AuditEngine.standard().audit(root, cached);

        assertThat(warm.cacheHits()).isEqualTo(19);
        assertThat(warm.report().findings()).extracting(f -> f.id() + " " + f.file() + ":" + f.line())
                .containsExactly("MO005 src/main/java/app/C7.java:3");
    }

    @Test
    void anUnchangedTreeLeavesTheCacheFileAsItIs() throws IOException {
        Path f = root.resolve("src/main/java/A.java");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "class A { }");
        AuditOptions cached = AuditOptions.defaults().withCacheDir(cacheDir);
        AuditEngine.standard().audit(root, cached);
        Files.setLastModifiedTime(cacheFile(), java.nio.file.attribute.FileTime.fromMillis(0));
        byte[] before = Files.readAllBytes(cacheFile());

        assertThat(AuditEngine.standard().audit(root, cached).cacheHits()).isEqualTo(1);
        assertThat(Files.getLastModifiedTime(cacheFile()).toMillis()).isZero();
        Files.writeString(f, "class A { int x; }");
        AuditEngine.standard().audit(root, cached);
        assertThat(Files.readAllBytes(cacheFile())).isNotEqualTo(before);
    }

    @Test
    void aDifferentToolVersionStartsCold() throws IOException {
        Path f = root.resolve("src/main/java/A.java");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "class A { }");
        AuditOptions v1 = AuditOptions.defaults().withCacheDir(cacheDir);
        AuditEngine.standard().audit(root, v1);
        AuditOptions v2 = v1.withToolVersion("other").withThreads(1);
        assertThat(AuditEngine.standard().audit(root, v2).cacheHits()).isZero();
        assertThat(AuditEngine.standard().audit(root, v2).cacheHits()).isEqualTo(1);
    }

    @Test
    void aCorruptCacheIsAColdStartNotAFailure() throws IOException {
        Path f = root.resolve("src/main/java/A.java");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "class A { }");
        AuditEngine.standard().audit(root, AuditOptions.defaults().withCacheDir(cacheDir));
        Files.writeString(cacheFile(), "not gzip");
        AuditResult result = AuditEngine.standard().audit(root, AuditOptions.defaults().withCacheDir(cacheDir));
        assertThat(result.cacheHits()).isZero();
        assertThat(result.report().warnings()).isEmpty();
        assertThat(result.notices()).singleElement().asString().contains("not a Stratum audit cache", "rebuilt");
        assertThat(AuditEngine.standard().audit(root, AuditOptions.defaults().withCacheDir(cacheDir)).cacheHits()).isEqualTo(1);
    }

    @Test
    void aWarmRunAssemblesTheSameModelFromCachedFilesAndFindsTheSame() {
        for (String sample : List.of("audit-leaky-database", "audit-leaky-caching")) {
            Path dir = AuditSamplesTest.SAMPLES.resolve(sample);
            AuditOptions cached = AuditOptions.defaults().withCacheDir(cacheDir.resolve(sample));
            List<String> cold = AuditEngine.standard().audit(dir, cached).report().findings().stream()
                    .map(f -> AuditSamplesTest.line(f) + " " + f.message() + " " + f.fingerprint()).toList();
            AuditResult warm = AuditEngine.standard().audit(dir, cached);
            assertThat(warm.cacheHits()).as(sample).isPositive().isEqualTo(warm.filesAnalyzed());
            assertThat(warm.report().findings()).extracting(f -> AuditSamplesTest.line(f) + " " + f.message() + " "
                    + f.fingerprint()).as(sample).containsExactlyElementsOf(cold);
        }
    }

    /**
     * After a one-file edit a warm audit reports what a fresh one does: the edited file is analysed again and the
     * cached files' findings that depend on it (premises, project checks) are decided against the new model.
     */
    @Test
    void aWarmRunAfterEditingOneFileReportsExactlyWhatAFreshAuditOfTheEditedTreeReports() throws IOException {
        Path tree = root.resolve("orders");
        copy(AuditSamplesTest.SAMPLES.resolve("audit-leaky-database"), tree);
        Path repository = tree.resolve("src/main/java/com/acme/orders/customer/CustomerRepository.java");
        AuditOptions cached = AuditOptions.defaults().withCacheDir(cacheDir);
        AuditEngine.standard().audit(tree, cached);

        // 1: no change to what the file means
        Files.writeString(repository, Files.readString(repository) + "// touched\n");
        AuditResult touched = AuditEngine.standard().audit(tree, cached);
        assertThat(touched.cacheHits()).isEqualTo(touched.filesAnalyzed() - 1);
        assertThat(outcome(touched)).isEqualTo(outcome(AuditEngine.standard().audit(tree, AuditOptions.defaults())));

        // 2: the repository is no longer one, which changes findings in files that come from the cache
        Files.writeString(repository, Files.readString(repository).replace("extends JpaRepository<Customer, Long> ", ""));
        AuditResult edited = AuditEngine.standard().audit(tree, cached);
        AuditResult fresh = AuditEngine.standard().audit(tree, AuditOptions.defaults());
        assertThat(edited.cacheHits()).isEqualTo(edited.filesAnalyzed() - 1);
        assertThat(outcome(edited)).isEqualTo(outcome(fresh)).isNotEqualTo(outcome(touched));
        assertThat(outcome(touched)).anyMatch(l -> l.startsWith("DB004 src/main/java/com/acme/orders/customer/CustomerService.java:26"));
        assertThat(outcome(edited)).noneMatch(l -> l.startsWith("DB004 src/main/java/com/acme/orders/customer/CustomerService.java:26"));
    }

    /** Everything a report says: findings with their messages, places and fingerprints, suppressed ones, warnings, scores. */
    private static List<String> outcome(AuditResult r) {
        List<String> out = new java.util.ArrayList<>();
        r.report().findings().forEach(f -> out.add(AuditSamplesTest.line(f) + " " + f.severity() + " " + f.message()
                + " " + f.fingerprint() + " " + f.related()));
        r.report().suppressed().forEach(f -> out.add("suppressed " + AuditSamplesTest.line(f) + " " + f.message()));
        r.report().warnings().forEach(w -> out.add("warning " + w));
        out.add("scores " + r.scores());
        return out;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
