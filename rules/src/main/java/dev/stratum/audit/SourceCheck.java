package dev.stratum.audit;

/**
 * A check that visits one Java file. A finding that depends on other files carries a {@link Premise}; the engine
 * asks {@link #confirm} once the project model is built, so no AST outlives its visit.
 */
public interface SourceCheck extends AuditCheck {
    void visit(SourceFile file, FindingSink sink);

    /** Whether a finding reported with {@code premise} holds for the whole project. */
    default boolean confirm(Premise premise, ProjectModel project) {
        return true;
    }
}
