package dev.stratum.image;

import dev.stratum.core.InputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spring Boot's {@code BOOT-INF/layers.idx}: an ordered list of layers, each listing jar entries (a name
 * ending in {@code /} covers everything under it). The format is a tiny YAML subset that Spring Boot
 * writes itself, so it is read line by line rather than through a YAML parser.
 */
public record LayersIndex(Map<String, List<String>> layers) {

    /** Spring Boot's default layering, used when a Boot jar carries no layers.idx. */
    public static final LayersIndex DEFAULT = new LayersIndex(defaultLayers());

    public LayersIndex {
        var copy = new LinkedHashMap<String, List<String>>();
        layers.forEach((name, items) -> copy.put(name, List.copyOf(items)));
        layers = java.util.Collections.unmodifiableMap(copy);
    }

    public static LayersIndex parse(String text, String source) {
        var layers = new LinkedHashMap<String, List<String>>();
        List<String> current = null;
        int lineNo = 0;
        for (String raw : text.split("\\R")) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (raw.startsWith("- ") && line.endsWith(":")) {
                current = new ArrayList<>();
                layers.put(unquote(line.substring(2, line.length() - 1), source, lineNo), current);
            } else if (line.startsWith("- ") && current != null) {
                current.add(unquote(line.substring(2), source, lineNo));
            } else {
                throw new InputException(source + ":" + lineNo + ": unexpected line in layers index: " + line);
            }
        }
        if (layers.isEmpty()) {
            throw new InputException(source + ": layers index lists no layers");
        }
        return new LayersIndex(layers);
    }

    /** The layer an entry of the jar belongs to; unlisted entries go to the last layer (application). */
    public String layerOf(String entryName) {
        String last = null;
        for (var layer : layers.entrySet()) {
            last = layer.getKey();
            for (String item : layer.getValue()) {
                if (entryName.equals(item) || (item.endsWith("/") && entryName.startsWith(item))) {
                    return layer.getKey();
                }
            }
        }
        return last;
    }

    private static String unquote(String value, String source, int lineNo) {
        String v = value.strip();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            return v.substring(1, v.length() - 1);
        }
        throw new InputException(source + ":" + lineNo + ": expected a quoted name in layers index: " + v);
    }

    private static Map<String, List<String>> defaultLayers() {
        var layers = new LinkedHashMap<String, List<String>>();
        layers.put("dependencies", List.of("BOOT-INF/lib/"));
        layers.put("spring-boot-loader", List.of("org/springframework/boot/loader/"));
        layers.put("snapshot-dependencies", List.of());
        layers.put("application", List.of());
        return layers;
    }
}
