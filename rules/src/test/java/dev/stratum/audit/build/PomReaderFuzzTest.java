package dev.stratum.audit.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.stratum.testsupport.ParserContract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the audit's pom reader ({@link PomReader#read}). Contract: it never throws (a malformed pom is a warning
 * naming it, and its dependencies are unknown), warnings are one line, and every dependency has an artifact and a
 * line inside the file.
 */
class PomReaderFuzzTest {
    @TempDir
    Path dir;

    @FuzzTest
    void pomXml(byte[] data) throws Exception {
        Path pom = Files.write(dir.resolve("pom.xml"), data);
        List<String> warnings = new ArrayList<>();
        Dependencies deps = PomReader.read(pom, "pom.xml", warnings::add);
        for (String w : warnings) {
            ParserContract.requireUserMessage(w);
            assertThat(w).startsWith("pom.xml: ");
        }
        int lines = new String(data, java.nio.charset.StandardCharsets.UTF_8).split("\r\n|\r|\n", -1).length;
        for (Dependency d : deps.declared()) {
            assertThat(d.artifact()).isNotNull();
            assertThat(d.line()).isBetween(1, lines);
        }
    }
}
