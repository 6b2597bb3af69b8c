package dev.stratum.audit;

import dev.stratum.finding.Location;
import java.util.List;

/**
 * A finding before config overrides and project-wide confirmation. {@code snippet} is the normalised source line
 * used for the fingerprint; {@code premise} is null or what the reporting check must confirm against the project;
 * {@code suppressedBy} is null or the suppression that hid it. {@code member} is the first line of the method,
 * constructor or field the finding is in (0 outside one, or for project checks): repeats fold only inside one member.
 * {@code related} are further places of the same construct that the check itself folded (the calls of one loop).
 */
public record RawFinding(String checkId, String file, int line, int endLine, String message, String snippet,
                         Premise premise, String suppressedBy, int member, List<Location> related) {
    public RawFinding {
        related = related == null ? List.of() : List.copyOf(related);
    }

    public RawFinding(String checkId, String file, int line, int endLine, String message, String snippet,
                      Premise premise, String suppressedBy, int member) {
        this(checkId, file, line, endLine, message, snippet, premise, suppressedBy, member, List.of());
    }

    public RawFinding(String checkId, String file, int line, int endLine, String message, String snippet,
                      Premise premise, String suppressedBy) {
        this(checkId, file, line, endLine, message, snippet, premise, suppressedBy, 0);
    }

    public RawFinding withSuppression(String by) {
        return new RawFinding(checkId, file, line, endLine, message, snippet, premise, by, member, related);
    }
}
