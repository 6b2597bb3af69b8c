package dev.stratum.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.stratum.core.SafeYaml;
import dev.stratum.core.StratumException;
import dev.stratum.testsupport.ParserContract;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes stratum.yaml loading ({@link StratumConfig#read}: SafeYaml, unknown-key lines, audit glob validation).
 * Contract: a config or a one-line {@link StratumException}. Property: what was read can be written back
 * ({@code stratum init} writes configs with {@link SafeYaml#write}) and reads back equal.
 */
class StratumConfigFuzzTest {
    @TempDir
    Path dir;

    @FuzzTest
    void stratumYaml(byte[] data) throws Exception {
        Path file = Files.write(dir.resolve(StratumConfig.FILE_NAME), data);
        StratumConfig config = ParserContract.returnsOrFails(StratumException.class, () -> StratumConfig.read(file));
        if (config == null) {
            return;
        }
        Path again = Files.writeString(dir.resolve("again.yaml"), SafeYaml.write(config));
        assertThat(StratumConfig.read(again)).isEqualTo(config);
    }
}
