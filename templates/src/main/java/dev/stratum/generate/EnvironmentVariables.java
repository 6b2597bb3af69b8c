package dev.stratum.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The environment variables a generated service reads: every {@code ${NAME}} or {@code ${NAME:default}}
 * placeholder with an upper-case name in the selected features' properties (nested ones too), in first-use order. Templates render
 * deployment configuration from this list ({@code build.environment}), so a variable a feature adds is also
 * configured where the service is deployed. A name ending in {@code PASSWORD}, {@code SECRET}, {@code TOKEN},
 * {@code API_KEY} or {@code CREDENTIALS} is marked secret.
 */
final class EnvironmentVariables {
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern SECRET = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|API_KEY|CREDENTIALS)");

    private EnvironmentVariables() {
    }

    /** {@code properties}: ordered property key to rendered value. */
    static List<Map<String, Object>> of(Map<String, String> properties) {
        Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
        properties.forEach((key, value) -> scan(value, key, byName));
        List<Map<String, Object>> out = new ArrayList<>();
        byName.values().forEach(v -> {
            @SuppressWarnings("unchecked")
            List<String> uses = (List<String>) v.get("properties");
            v.put("properties", List.copyOf(uses));
            out.add(Map.copyOf(v));
        });
        return out;
    }

    /**
     * Records every {@code ${NAME}} / {@code ${NAME:default}} in {@code text}, including those nested in a default
     * ({@code ${DB_URL:jdbc:...?sslmode=${DB_SSL_MODE:prefer}}} reads both); a default keeps its nested
     * placeholders whole, as Spring resolves them.
     */
    private static void scan(String text, String key, Map<String, Map<String, Object>> byName) {
        int start = text.indexOf("${");
        while (start >= 0) {
            int end = closingBrace(text, start + 2);
            if (end < 0) {
                return;
            }
            String body = text.substring(start + 2, end);
            int colon = body.indexOf(':');
            String name = colon < 0 ? body : body.substring(0, colon);
            String fallback = colon < 0 ? null : body.substring(colon + 1);
            if (NAME.matcher(name).matches()) {
                record(byName, name, fallback, key);
            }
            if (fallback != null) {
                scan(fallback, key, byName);
            }
            start = text.indexOf("${", end + 1);
        }
    }

    /** Index of the brace closing a placeholder whose body starts at {@code from}, or -1. */
    private static int closingBrace(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            if (text.startsWith("${", i)) {
                depth++;
                i++;
            } else if (text.charAt(i) == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }

    private static void record(Map<String, Map<String, Object>> byName, String name, String fallback, String key) {
        Map<String, Object> variable = byName.computeIfAbsent(name, n -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("name", n);
            v.put("default", "");
            v.put("hasDefault", false);
            v.put("secret", SECRET.matcher(n).matches());
            v.put("properties", new ArrayList<String>());
            return v;
        });
        if (fallback != null && !(Boolean) variable.get("hasDefault")) {
            variable.put("default", fallback);
            variable.put("hasDefault", true);
        }
        @SuppressWarnings("unchecked")
        List<String> uses = (List<String>) variable.get("properties");
        if (!uses.contains(key)) {
            uses.add(key);
        }
    }
}
