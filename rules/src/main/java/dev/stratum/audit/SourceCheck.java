package dev.stratum.audit;

/**
 * A check that visits one Java file. It may report findings that depend on facts from other files by attaching
 * a condition; the engine asks {@link #confirm} once every file's facts are indexed, so no AST outlives its visit.
 */
public interface SourceCheck extends AuditCheck {
    void visit(SourceFile file, FindingSink sink);

    /** Whether a finding reported with {@code condition} holds for the whole project. */
    default boolean confirm(String condition, ProjectModel project) {
        return true;
    }
}
