package dev.stratum.audit;

/** Told after each Java file; the CLI draws a progress bar with it when stderr is a terminal. */
@FunctionalInterface
public interface AuditProgress {
    AuditProgress NONE = (done, total) -> { };

    void advance(int done, int total);
}
