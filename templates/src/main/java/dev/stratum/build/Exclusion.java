package dev.stratum.build;

import dev.stratum.core.UsageException;

/** A transitive dependency left out; {@code artifactId} may be {@code *} (every artifact of the group). */
public record Exclusion(String groupId, String artifactId) {
    /** Parses {@code groupId:artifactId} or {@code groupId:*}. */
    public static Exclusion parse(String text) {
        if (text == null || !text.matches("[\\w.\\-]+:([\\w.\\-]+|\\*)")) {
            throw new UsageException("invalid exclusion '" + text + "' (use groupId:artifactId or groupId:*)");
        }
        String[] p = text.split(":");
        return new Exclusion(p[0], p[1]);
    }
}
