package dev.stratum.core;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stratum.testsupport.ParserContract;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Fuzzes {@link SafeYaml#read(String, String, Class)}, the one reader of YAML written by users: any text either
 * becomes a value or a one-line {@link StratumException} naming the source (docs/reliability.md#fuzzing).
 */
class SafeYamlFuzzTest {
    enum Level { LOW, HIGH }

    record Inner(String id, List<String> values, Boolean on) {
    }

    /** A record with the shapes Stratum's own config records use: scalars, lists, maps, nesting, an enum. */
    record Sample(String name, Integer count, Long big, boolean flag, Level level, List<String> items,
                  Map<String, String> options, Map<String, Inner> nested, List<Inner> list) {
    }

    @FuzzTest
    void readNeverLeaksAnythingButAUsageError(byte[] data) throws Exception {
        String yaml = new String(data, StandardCharsets.UTF_8);
        ParserContract.returnsOrFails(StratumException.class, () -> SafeYaml.read(yaml, "fuzz.yaml", Sample.class));
        ParserContract.returnsOrFails(StratumException.class, () -> SafeYaml.read(yaml, "fuzz.yaml", JsonNode.class));
    }
}
