package dev.stratum.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The incremental cache: unchanged files come from .stratum/cache, changed ones are re-analysed. */
class AuditCacheTest {
    @TempDir
    Path root;

    @Test
    void secondRunReadsUnchangedFilesFromTheCache() throws IOException {
        for (int i = 0; i < 20; i++) {
            Path f = root.resolve("src/main/java/app/C" + i + ".java");
            Files.createDirectories(f.getParent());
            Files.writeString(f, "package app;\nclass C" + i + " {\n  void run() { }\n}\n");
        }
        AuditOptions cached = AuditOptions.defaults().withCache(true);
        AuditResult cold = AuditEngine.standard().audit(root, cached);
        assertThat(cold.cacheHits()).isZero();
        assertThat(cold.report().findings()).isEmpty();
        assertThat(root.resolve(".stratum/cache/" + AuditCache.FILE)).isRegularFile();

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
        AuditOptions v1 = AuditOptions.defaults().withCache(true);
        AuditEngine.standard().audit(root, v1);
        AuditOptions v2 = new AuditOptions(v1.areas(), v1.disabled(), v1.severities(), v1.excludes(), true, "other",
                1, AuditProgress.NONE);
        assertThat(AuditEngine.standard().audit(root, v2).cacheHits()).isZero();
        assertThat(AuditEngine.standard().audit(root, v2).cacheHits()).isEqualTo(1);
    }

    @Test
    void aCorruptCacheIsAColdStartNotAFailure() throws IOException {
        Path f = root.resolve("src/main/java/A.java");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "class A { }");
        Files.createDirectories(root.resolve(".stratum/cache"));
        Files.writeString(root.resolve(".stratum/cache/" + AuditCache.FILE), "not gzip");
        AuditResult result = AuditEngine.standard().audit(root, AuditOptions.defaults().withCache(true));
        assertThat(result.cacheHits()).isZero();
        assertThat(result.report().warnings()).isEmpty();
    }
}
