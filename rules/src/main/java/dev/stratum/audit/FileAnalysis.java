package dev.stratum.audit;

import dev.stratum.audit.model.FileFacts;
import java.util.List;

/**
 * What one Java file contributes: its facts for the project model, its findings, and its suppressions (so findings
 * that project checks report in this file honour its {@code @SuppressWarnings}). Small; cached per file.
 */
public record FileAnalysis(String file, int lines, FileFacts facts, List<RawFinding> findings,
                           List<Suppression> suppressions) {
}
