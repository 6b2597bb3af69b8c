package dev.stratum.generate;

import dev.stratum.build.Config;
import dev.stratum.core.UsageException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plugin {@code configuration:} as YAML gives it, turned into {@link Config}: a mapping is a group of elements,
 * a list repeats its key's element once per item, a scalar is the element's text (rendered).
 */
final class ConfigDef {
    private ConfigDef() {
    }

    static Config.Group group(Map<String, Object> yaml, String origin, BuildTexts texts) {
        Map<String, Config> elements = new LinkedHashMap<>();
        if (yaml != null) {
            yaml.forEach((name, value) -> elements.put(name, value(value, origin + "." + name, texts)));
        }
        try {
            return new Config.Group(elements);
        } catch (UsageException e) {
            throw new UsageException("in " + origin + ": " + e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static Config value(Object value, String origin, BuildTexts texts) {
        if (value instanceof Map<?, ?> map) {
            return group((Map<String, Object>) map, origin, texts);
        }
        if (value instanceof List<?> list) {
            List<Config> values = new ArrayList<>();
            for (Object item : list) {
                if (item instanceof List<?>) {
                    throw new UsageException(origin + ": a list inside a list has no XML form; name the inner elements");
                }
                values.add(value(item, origin, texts));
            }
            return new Config.Repeated(values);
        }
        return new Config.Text(value == null ? "" : texts.render(origin, String.valueOf(value)));
    }
}
