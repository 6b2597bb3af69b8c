package dev.stratum.audit;

import com.github.javaparser.ast.Node;

/** Where checks put what they find. Messages never contain secret values. */
public interface FindingSink {
    /** Reports at a node of the file being visited. */
    void report(AuditCheck check, Node node, String message);

    /** Reports at a node, to be kept only if {@link SourceCheck#confirm} accepts {@code condition}. */
    void reportIf(String condition, AuditCheck check, Node node, String message);

    /** Reports at a line of any file (relative to the audited root); for project checks. */
    void report(AuditCheck check, String file, int line, String message);
}
