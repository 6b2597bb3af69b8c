package dev.stratum.audit;

import java.util.List;
import java.util.Map;

/** What one Java file contributes: its facts for the project index and its findings. Small; cached per file. */
public record FileAnalysis(String file, int lines, Map<String, List<String>> facts, List<RawFinding> findings) {
}
