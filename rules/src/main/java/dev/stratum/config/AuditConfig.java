package dev.stratum.config;

import dev.stratum.core.UsageException;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /** Globs are path patterns, not programs; these bounds keep a hostile stratum.yaml's cost predictable. */
    static final int MAX_GLOB_LENGTH = 1024;
    static final int MAX_GLOBS = 500;

    /**
     * Compiles exclude globs (relative to the audited root) into linear-time matchers ({@link Glob}); a bad glob is
     * a one-line usage error naming {@code audit.exclude[i]}, not a crash or a hang.
     */
    public static List<PathMatcher> compileExcludes(List<String> globs) {
        if (globs.size() > MAX_GLOBS) {
            throw new UsageException("audit.exclude: " + globs.size() + " globs; at most " + MAX_GLOBS + " are allowed");
        }
        List<PathMatcher> out = new ArrayList<>();
        for (int i = 0; i < globs.size(); i++) {
            String g = globs.get(i);
            if (g == null || g.isEmpty()) {
                throw new UsageException("audit.exclude[" + i + "]: empty glob");
            }
            if (g.length() > MAX_GLOB_LENGTH) {
                throw new UsageException("audit.exclude[" + i + "]: glob of " + g.length() + " characters; at most "
                        + MAX_GLOB_LENGTH + " are allowed");
            }
            try {
                out.add(Glob.of(g));
            } catch (IllegalArgumentException e) { // includes RE2/J's PatternSyntaxException
                throw new UsageException("audit.exclude[" + i + "]: invalid glob '" + g + "' (" + e.getMessage() + ")", e);
            }
        }
        return List.copyOf(out);
    }

    public static AuditConfig empty() {
        return new AuditConfig(null, null, null);
    }
}
