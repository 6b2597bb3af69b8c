package dev.stratum.config;

import java.util.List;
import java.util.Map;

/**
 * The {@code audit:} section of stratum.yaml: checks to switch off, severity overrides by check id, and path globs
 * to leave out. Owned by the audit command; extend with new typed fields, never with a free-form map.
 */
public record AuditConfig(List<String> disable, Map<String, String> severity, List<String> exclude) {
    public AuditConfig {
        disable = disable == null ? List.of() : List.copyOf(disable);
        severity = severity == null ? Map.of() : Map.copyOf(severity);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }

    public static AuditConfig empty() {
        return new AuditConfig(null, null, null);
    }
}
