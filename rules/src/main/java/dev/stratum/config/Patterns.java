package dev.stratum.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stratum.core.UsageException;
import java.util.ArrayList;
import java.util.List;

/** One or more ArchUnit package patterns; YAML may give a single string or a list of strings. */
public record Patterns(List<String> values) {
    public Patterns {
        values = List.copyOf(values);
    }

    public static Patterns of(String... values) {
        return new Patterns(List.of(values));
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Patterns fromYaml(JsonNode node) {
        List<String> list = new ArrayList<>();
        if (node == null || node.isNull()) {
            return new Patterns(list);
        }
        if (node.isTextual()) {
            list.add(node.asText());
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                if (!item.isTextual()) {
                    throw new UsageException("expected a package pattern string, found " + item.getNodeType());
                }
                list.add(item.asText());
            }
        } else {
            throw new UsageException("expected a package pattern or a list of them, found " + node.getNodeType());
        }
        return new Patterns(list);
    }

    @JsonValue
    Object toYaml() {
        return values.size() == 1 ? values.get(0) : values;
    }

    public String[] array() {
        return values.toArray(String[]::new);
    }

    @Override
    public String toString() {
        return String.join(", ", values);
    }
}
