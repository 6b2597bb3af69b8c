package dev.stratum.finding;

import java.util.Objects;

/**
 * What a rule or check is, independent of any violation: the single source for reporters, SARIF rule metadata
 * and the generated catalogue in docs/. {@code area} is an audit area (caching, database, ...) or, for check
 * rules, {@code architecture}/{@code security}/{@code naming}. {@code reads} says what evidence an audit check
 * looks at and {@code blindSpots} what it cannot see (both may be empty; the catalogue prints them when set).
 */
public record RuleMeta(String id, String area, Severity severity, String title, String why, String fix,
                       String badExample, String goodExample, String reads, String blindSpots) {
    public RuleMeta {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        why = why == null ? "" : why;
        fix = fix == null ? "" : fix;
        badExample = badExample == null ? "" : badExample;
        goodExample = goodExample == null ? "" : goodExample;
        reads = reads == null ? "" : reads;
        blindSpots = blindSpots == null ? "" : blindSpots;
    }

    public RuleMeta(String id, String area, Severity severity, String title, String why, String fix,
                    String badExample, String goodExample) {
        this(id, area, severity, title, why, fix, badExample, goodExample, "", "");
    }

    /** A copy that says what the check reads and what it cannot see. */
    public RuleMeta scope(String reads, String blindSpots) {
        return new RuleMeta(id, area, severity, title, why, fix, badExample, goodExample, reads, blindSpots);
    }
}
