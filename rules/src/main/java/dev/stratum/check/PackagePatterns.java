package dev.stratum.check;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatcher;
import dev.stratum.config.Patterns;
import dev.stratum.core.UsageException;
import java.util.regex.Pattern;

/** Validates ArchUnit package patterns from stratum.yaml before ArchUnit sees them, naming the key. */
final class PackagePatterns {
    private static final Pattern ALLOWED = Pattern.compile("[\\w$.*()\\[\\]|]+");
    private static final Pattern CLASS_NAME = Pattern.compile("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*");
    /** Real package patterns are a few dozen characters; the bound keeps every rule's cost predictable. */
    static final int MAX_LENGTH = 256;
    /** Patterns under one key (a layer, a forbid's from/to, allowProcessIn). */
    static final int MAX_PER_KEY = 100;

    private PackagePatterns() {
    }

    static String[] check(String key, Patterns patterns) {
        if (patterns == null || patterns.values().isEmpty()) {
            throw new UsageException(key + ": needs a package pattern, e.g. \"..web..\"");
        }
        if (patterns.values().size() > MAX_PER_KEY) {
            throw new UsageException(key + ": " + patterns.values().size() + " package patterns; at most " + MAX_PER_KEY
                    + " are allowed under one key");
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
        if (pattern.length() > MAX_LENGTH) {
            throw new UsageException(key + ": package pattern of " + pattern.length() + " characters; at most "
                    + MAX_LENGTH + " are allowed");
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

    /** {@link #check}, then a linear-time predicate for the patterns (see {@link PackagePattern}). */
    static DescribedPredicate<JavaClass> resideIn(String key, Patterns patterns) {
        return PackagePattern.resideInAny(check(key, patterns));
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
