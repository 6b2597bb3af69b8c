package dev.stratum.audit.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.stratum.testsupport.ParserContract;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the audit's configuration readers, application*.properties and application*.yml ({@link ConfigFileReader}):
 * the same text is read as both. Contract: they never throw (a malformed file is a warning and the audit goes on),
 * every warning is a one-line message naming the file, and every property has a key and a line inside the file.
 */
class ConfigFileReaderFuzzTest {
    @FuzzTest
    void configFiles(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        int lines = text.split("\r\n|\r|\n", -1).length;
        List<String> warnings = new ArrayList<>();
        List<ConfigProperty> props = new ArrayList<>();
        props.addAll(ConfigFileReader.properties(text, "application.properties", "", warnings::add));
        props.addAll(ConfigFileReader.yaml(text, "application.yml", "", warnings::add));
        for (String w : warnings) {
            ParserContract.requireUserMessage(w);
            assertThat(w).startsWith("application.");
        }
        for (ConfigProperty p : props) {
            assertThat(p.key()).isNotNull();
            assertThat(p.value()).isNotNull();
            assertThat(p.line()).isBetween(0, lines);
        }
    }
}
