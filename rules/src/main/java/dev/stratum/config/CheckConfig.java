package dev.stratum.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code check:} section of stratum.yaml (reference: docs/config.md, schema: docs/stratum.schema.json).
 * Only structure is checked here; the check turns patterns into ArchUnit rules and reports invalid ones by key.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CheckConfig(
        Map<String, Patterns> layers,
        Map<String, List<String>> access,
        List<String> cycles,
        List<Forbid> forbid,
        List<Naming> naming,
        List<Annotated> annotations,
        Onion onion,
        List<String> presets,
        Map<String, String> severity,
        Map<String, String> because,
        List<String> disable,
        List<Suppress> suppress,
        List<String> allowProcessIn,
        Boolean tests,
        String baseline) {

    public CheckConfig {
        layers = layers == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(layers));
        access = access == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(access));
        cycles = copy(cycles);
        forbid = copy(forbid);
        naming = copy(naming);
        annotations = copy(annotations);
        presets = copy(presets);
        severity = severity == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(severity));
        because = because == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(because));
        disable = copy(disable);
        suppress = copy(suppress);
        allowProcessIn = copy(allowProcessIn);
    }

    public boolean includeTests() {
        return Boolean.TRUE.equals(tests);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Classes in {@code from} must not depend on classes in {@code to}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Forbid(String id, Patterns from, Patterns to, String severity, String because) {
    }

    /** Top-level classes in {@code in} must end with {@code suffix} and/or start with {@code prefix}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Naming(String id, Patterns in, String suffix, String prefix, String severity, String because) {
    }

    /** Classes annotated with {@code annotation} (fully qualified) must reside in {@code resideIn}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Annotated(String id, String annotation, Patterns resideIn, String severity, String because) {
    }

    /** Onion (hexagonal) architecture, as ArchUnit's {@code onionArchitecture()}. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Onion(Patterns domainModels, Patterns domainServices, Patterns application,
                        Map<String, Patterns> adapters) {
        public Onion {
            adapters = adapters == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(adapters));
        }
    }

    /** Findings of {@code rule} in classes matching {@code in} (a package pattern or class name) are suppressed. */
    public record Suppress(String rule, Patterns in, String reason) {
    }
}
