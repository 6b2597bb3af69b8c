package dev.stratum.finding;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.stratum.core.StratumException;
import dev.stratum.testsupport.ParserContract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the baseline reader ({@link Baseline#read}): any file gives a baseline or a one-line
 * {@link StratumException}. Property: a baseline written from findings hides exactly those findings when read back.
 */
class BaselineFuzzTest {
    private static final RuleMeta RULE = new RuleMeta("SEC001", "security", Severity.HIGH, "title", null, null, null, null);

    @TempDir
    Path dir;

    @FuzzTest
    void baselineFile(byte[] data) throws Exception {
        Path file = Files.write(dir.resolve("stratum-baseline.json"), data);
        Baseline read = ParserContract.returnsOrFails(StratumException.class, () -> Baseline.read(file));
        if (read != null) {
            assertThat(read.size()).isNotNegative();
        }

        // Round trip with text from the input as message, file and fingerprint.
        String text = new String(data, java.nio.charset.StandardCharsets.UTF_8);
        String message = text.isBlank() ? "m" : text;
        List<Finding> findings = List.of(
                new Finding(RULE, Severity.HIGH, message, null, text, 1, 1, Fingerprints.of("SEC001", text, text)),
                new Finding(RULE, Severity.HIGH, message, null, null, 0, 0, Fingerprints.of("SEC001", null, text)));
        Path written = dir.resolve("written.json");
        Baseline.write(written, findings);
        Baseline.Split split = Baseline.read(written).split(findings);
        assertThat(split.fresh()).isEmpty();
        assertThat(split.known()).hasSize(2);
    }
}
