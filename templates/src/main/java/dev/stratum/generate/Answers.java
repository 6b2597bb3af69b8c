package dev.stratum.generate;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stratum.core.SafeYaml;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * An answers file for {@code stratum new --answers FILE}: the same keys as the flags, plus template options.
 * Flags given on the command line win over the file.
 */
public record Answers(String name, String group, @JsonProperty("package") String packageName, Integer java,
                      List<String> features, String template, String dir, Map<String, String> options) {
    public Answers {
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    public static Answers read(Path file) {
        return SafeYaml.read(file, Answers.class);
    }

    public static Answers none() {
        return new Answers(null, null, null, null, null, null, null, Map.of());
    }
}
