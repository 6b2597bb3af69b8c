package dev.stratum.audit;

/**
 * A finding before config overrides and project-wide confirmation. {@code snippet} is the normalised source line
 * used for the fingerprint; {@code condition} is null or a fact the reporting check must confirm later;
 * {@code suppressedBy} is null or the suppression that hid it.
 */
public record RawFinding(String checkId, String file, int line, int endLine, String message, String snippet,
                         String condition, String suppressedBy) {
    public RawFinding withSuppression(String by) {
        return new RawFinding(checkId, file, line, endLine, message, snippet, condition, by);
    }
}
