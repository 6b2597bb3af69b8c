package dev.stratum.generate;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link Generator} produced (or, for a dry run, would produce): relative file paths, sorted, and warnings
 * (the generation succeeded, but something needs the user's attention).
 */
public record GenerationResult(Path target, String templateId, String templateVersion, List<String> features,
                               List<String> files, boolean dryRun, List<String> warnings) {
    public GenerationResult {
        features = List.copyOf(features);
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }
}
