package dev.stratum.config;

import dev.stratum.core.UsageException;
import java.nio.file.FileSystems;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code audit:} section of stratum.yaml: checks to switch off, severity overrides by check id, and path globs
 * to leave out. Owned by the audit command; extend with new typed fields, never with a free-form map.
 */
public record AuditConfig(List<String> disable, Map<String, String> severity, List<String> exclude) {
    public AuditConfig {
        disable = disable == null ? List.of() : List.copyOf(disable);
        severity = severity == null ? Map.of() : Map.copyOf(severity);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }

    /** Fails with a usage error naming {@code audit.exclude[i]} when a glob does not compile. */
    public AuditConfig validate() {
        compileExcludes(exclude);
        return this;
    }

    /** Compiles exclude globs (relative to the audited root); a bad glob is a one-line usage error, not a crash. */
    public static List<PathMatcher> compileExcludes(List<String> globs) {
        List<PathMatcher> out = new ArrayList<>();
        for (int i = 0; i < globs.size(); i++) {
            String g = globs.get(i);
            try {
                out.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
            } catch (IllegalArgumentException e) { // PatternSyntaxException and friends
                String why = e instanceof PatternSyntaxException p ? p.getDescription() : e.getMessage();
                throw new UsageException("audit.exclude[" + i + "]: invalid glob '" + g + "' (" + why + ")", e);
            }
        }
        return List.copyOf(out);
    }

    public static AuditConfig empty() {
        return new AuditConfig(null, null, null);
    }
}
