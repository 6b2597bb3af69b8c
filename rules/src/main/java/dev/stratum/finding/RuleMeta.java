package dev.stratum.finding;

import java.util.Objects;

/**
 * What a rule or check is, independent of any violation: the single source for reporters, SARIF rule metadata
 * and the generated catalogue in docs/. {@code area} is an audit area (caching, database, ...) or, for check
 * rules, {@code architecture}/{@code security}/{@code naming}.
 */
public record RuleMeta(String id, String area, Severity severity, String title, String why, String fix,
                       String badExample, String goodExample) {
    public RuleMeta {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        why = why == null ? "" : why;
        fix = fix == null ? "" : fix;
        badExample = badExample == null ? "" : badExample;
        goodExample = goodExample == null ? "" : goodExample;
    }
}
