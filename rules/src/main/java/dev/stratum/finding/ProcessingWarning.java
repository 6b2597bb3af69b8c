package dev.stratum.finding;

import java.util.Objects;

/**
 * Something that could not be analysed (a corrupt class file, an unparsable source): reported as an error of the
 * run, never as a finding, so it cannot be baselined away. {@code file} may be null when no file is involved.
 */
public record ProcessingWarning(String file, String message) {
    public ProcessingWarning {
        Objects.requireNonNull(message, "message");
    }
}
