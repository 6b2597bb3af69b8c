package dev.stratum.report;

import dev.stratum.core.UsageException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The explicit list of output formats, by id. Immutable: {@link #with} returns a new registry, so a command can add a
 * format (audit adds {@code html}) without touching anyone else's.
 */
public final class Reporters {
    private final Map<String, Reporter> byId;

    private Reporters(Map<String, Reporter> byId) {
        this.byId = byId;
    }

    /** text (default), json, sarif, junit, markdown. {@code colour} only affects text. */
    public static Reporters standard(boolean colour) {
        return new Reporters(new LinkedHashMap<>()).with(new TextReporter(colour)).with(new JsonReporter())
                .with(new SarifReporter()).with(new JunitReporter()).with(new MarkdownReporter());
    }

    /** A registry with {@code reporter} added (or replacing the one with the same id). */
    public Reporters with(Reporter reporter) {
        Map<String, Reporter> copy = new LinkedHashMap<>(byId);
        copy.put(reporter.id(), reporter);
        return new Reporters(java.util.Collections.unmodifiableMap(copy));
    }

    /** The reporter for {@code id}; an unknown id is a usage error listing the known ones. */
    public Reporter get(String id) {
        Reporter r = byId.get(id);
        if (r == null) {
            throw new UsageException("unknown format '" + id + "' (use one of " + String.join(", ", ids()) + ")");
        }
        return r;
    }

    public List<String> ids() {
        return new ArrayList<>(byId.keySet());
    }
}
