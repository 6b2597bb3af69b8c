package dev.stratum.finding;

import java.util.Objects;

/** A further place of a finding that was folded from repeats: a file relative to the root and a 1-based line range. */
public record Location(String file, int line, int endLine) {
    public Location {
        Objects.requireNonNull(file, "file");
        endLine = Math.max(endLine, line);
    }
}
