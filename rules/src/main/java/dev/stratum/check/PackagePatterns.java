package dev.stratum.check;

import com.tngtech.archunit.core.domain.PackageMatcher;
import dev.stratum.config.Patterns;
import dev.stratum.core.UsageException;
import java.util.regex.Pattern;

/** Validates ArchUnit package patterns from stratum.yaml before ArchUnit sees them, naming the key. */
final class PackagePatterns {
    private static final Pattern ALLOWED = Pattern.compile("[\\w$.*()\\[\\]|]+");
    private static final Pattern CLASS_NAME = Pattern.compile("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*");

    private PackagePatterns() {
    }

    static String[] check(String key, Patterns patterns) {
        if (patterns == null || patterns.values().isEmpty()) {
            throw new UsageException(key + ": needs a package pattern, e.g. \"..web..\"");
        }
        for (int i = 0; i < patterns.values().size(); i++) {
            check(patterns.values().size() == 1 ? key : key + "[" + i + "]", patterns.values().get(i));
        }
        return patterns.array();
    }

    static String check(String key, String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new UsageException(key + ": empty package pattern");
        }
        if (!ALLOWED.matcher(pattern).matches() || pattern.contains("...") ) {
            throw new UsageException(key + ": invalid package pattern '" + pattern
                    + "' (use ArchUnit syntax such as \"com.acme..\", \"..web..\" or \"com.acme.(*)..\")");
        }
        try {
            PackageMatcher.of(pattern);
        } catch (IllegalArgumentException e) {
            throw new UsageException(key + ": invalid package pattern '" + pattern + "' (" + e.getMessage() + ")", e);
        }
        return pattern;
    }

    /** Slice patterns need one capture group naming the slice, e.g. {@code com.acme.(*)..}. */
    static String checkSlices(String key, String pattern) {
        check(key, pattern);
        if (!pattern.contains("(*)") && !pattern.contains("(**)") && !pattern.contains("(")) {
            throw new UsageException(key + ": slice pattern '" + pattern + "' needs a capture group, e.g. \"com.acme.(*)..\"");
        }
        return pattern;
    }

    /** Whether {@code text} is a package pattern rather than a plain class name (has '..', '*' or '('). */
    static boolean isPattern(String text) {
        return text.contains("..") || text.contains("*") || text.contains("(");
    }

    static String checkClassName(String key, String name) {
        if (name == null || !CLASS_NAME.matcher(name).matches()) {
            throw new UsageException(key + ": '" + (name == null ? "" : name) + "' is not a fully qualified class name");
        }
        return name;
    }
}
