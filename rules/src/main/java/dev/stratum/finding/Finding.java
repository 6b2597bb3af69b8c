package dev.stratum.finding;

import java.util.Objects;

/**
 * One violation of one rule at one place, plus the further places of the same construct when repeats were folded
 * ({@code related}: three prints in a row, one setting duplicated across profile files). {@code file} is relative to the analysed root with '/' separators
 * (null when unknown), lines are 1-based (0 when unknown). {@code severity} is the effective one after config
 * overrides. {@code fingerprint} is stable across line shifts: rule id + file + normalised snippet, never the line.
 */
public record Finding(RuleMeta rule, Severity severity, String message, String className, String file,
                      int line, int endLine, String fingerprint, java.util.List<Location> related) {
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a finding needs a message (rule " + rule.id() + ")");
        }
        Objects.requireNonNull(fingerprint, "fingerprint");
        endLine = Math.max(endLine, line);
        related = related == null ? java.util.List.of() : java.util.List.copyOf(related);
    }

    public Finding(RuleMeta rule, Severity severity, String message, String className, String file, int line,
                   int endLine, String fingerprint) {
        this(rule, severity, message, className, file, line, endLine, fingerprint, java.util.List.of());
    }

    public String id() {
        return rule.id();
    }
}
