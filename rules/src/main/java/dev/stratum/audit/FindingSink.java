package dev.stratum.audit;

import com.github.javaparser.ast.Node;

/** Where checks put what they find. Messages never contain secret values. */
public interface FindingSink {
    /** Reports at a node of the file being visited. */
    void report(AuditCheck check, Node node, String message);

    /** Reports at a node, to be kept only if {@link SourceCheck#confirm} accepts {@code premise}. */
    void reportIf(Premise premise, AuditCheck check, Node node, String message);

    /** Reports at a line of any file (relative to the audited root); for project checks. */
    default void report(AuditCheck check, String file, int line, String message) {
        report(check, file, line, line, message);
    }

    /** Reports at lines {@code line..endLine} of any file; for project checks pointing into Java sources. */
    void report(AuditCheck check, String file, int line, int endLine, String message);

    /**
     * Reports one construct found at several places (the calls of one loop, the finders of one column): the first
     * place is the finding, {@code related} its further places. Sinks that keep no places drop them.
     */
    default void report(AuditCheck check, String file, int line, int endLine, String message,
                        java.util.List<dev.stratum.finding.Location> related) {
        report(check, file, line, endLine, message);
    }
}
