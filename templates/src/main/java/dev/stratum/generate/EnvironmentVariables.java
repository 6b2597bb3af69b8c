package dev.stratum.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment variables a generated service reads: every {@code ${NAME}} or {@code ${NAME:default}}
 * placeholder with an upper-case name in the selected features' properties, in first-use order. Templates render
 * deployment configuration from this list ({@code build.environment}), so a variable a feature adds is also
 * configured where the service is deployed. A name ending in {@code PASSWORD}, {@code SECRET}, {@code TOKEN},
 * {@code API_KEY} or {@code CREDENTIALS} is marked secret.
 */
final class EnvironmentVariables {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");
    private static final Pattern SECRET = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|API_KEY|CREDENTIALS)");

    private EnvironmentVariables() {
    }

    /** {@code properties}: ordered property key to rendered value. */
    static List<Map<String, Object>> of(Map<String, String> properties) {
        Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            Matcher m = PLACEHOLDER.matcher(value);
            while (m.find()) {
                String name = m.group(1);
                Map<String, Object> variable = byName.computeIfAbsent(name, n -> {
                    Map<String, Object> v = new LinkedHashMap<>();
                    v.put("name", n);
                    v.put("default", "");
                    v.put("hasDefault", false);
                    v.put("secret", SECRET.matcher(n).matches());
                    v.put("properties", new ArrayList<String>());
                    return v;
                });
                if (m.group(2) != null && !(Boolean) variable.get("hasDefault")) {
                    variable.put("default", m.group(2));
                    variable.put("hasDefault", true);
                }
                @SuppressWarnings("unchecked")
                List<String> uses = (List<String>) variable.get("properties");
                uses.add(key);
            }
        });
        List<Map<String, Object>> out = new ArrayList<>();
        byName.values().forEach(v -> {
            @SuppressWarnings("unchecked")
            List<String> uses = (List<String>) v.get("properties");
            v.put("properties", List.copyOf(uses));
            out.add(Map.copyOf(v));
        });
        return out;
    }
}
