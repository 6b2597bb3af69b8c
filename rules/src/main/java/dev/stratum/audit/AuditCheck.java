package dev.stratum.audit;

import dev.stratum.finding.RuleMeta;

/**
 * One audit check: its metadata lives next to its logic. Checks are stateless and shared by all worker threads.
 * A check is either a {@link SourceCheck} (visits one parsed Java file at a time) or a {@link ProjectCheck}
 * (looks at build files, configuration and the cross-file index).
 */
public interface AuditCheck {
    RuleMeta meta();

    default String id() {
        return meta().id();
    }
}
