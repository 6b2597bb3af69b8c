package dev.stratum.generate;

import dev.stratum.core.UsageException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;

/** Includes files matching a glob (template-relative, before rendering) only when a FreeMarker condition holds. */
public record FileRule(String path, String when) {
    void validate(String source) {
        if (path == null || path.isBlank() || when == null || when.isBlank()) {
            throw new UsageException(source + ": every file rule needs 'path' (a glob) and 'when' (a condition)");
        }
    }

    boolean matches(String templateRelative) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + path);
        return matcher.matches(Path.of(templateRelative));
    }
}
