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
}
