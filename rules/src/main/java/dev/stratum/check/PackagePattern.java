package dev.stratum.check;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An ArchUnit package pattern ({@code ..web..}, {@code com.acme.(*)..}, {@code *a*b}) matched in linear time.
 *
 * <p>ArchUnit's own {@code PackageMatcher} turns a pattern into a {@code java.util.regex} expression, which
 * backtracks: a 27-character {@code *a*a*a...b} layer pattern against a long package name of a class in the
 * analysed (untrusted) jar takes longer than any CI job lasts. This class makes the very same translation (so the
 * semantics, ArchUnit's quirks included, are ArchUnit's) but compiles it with RE2/J, whose matching time grows
 * linearly with the package name whatever the pattern. Rules built from stratum.yaml use these predicates instead
 * of the pattern strings. Patterns are validated by {@link PackagePatterns} before they get here.
 */
final class PackagePattern {
    private static final String OPT_LETTERS_AT_START = "(?:^\\w*)?";
    private static final String OPT_LETTERS_AT_END = "(?:\\w*$)?";
    private static final String ARBITRARY_PACKAGES = "\\.(?:\\w+\\.)*";
    private static final String TWO_DOTS_REGEX = "(?:" + OPT_LETTERS_AT_START + ARBITRARY_PACKAGES + OPT_LETTERS_AT_END + ")?";
    private static final String TWO_STAR_CAPTURE_REGEX = "(\\w+(?:\\.\\w+)*)";
    private static final String TWO_STAR_MARKER = "#%#%#";

    private final String pattern;
    private final Pattern regex;

    private PackagePattern(String pattern) {
        this.pattern = pattern;
        this.regex = Pattern.compile(toRegex(pattern));
    }

    static PackagePattern of(String pattern) {
        return new PackagePattern(pattern);
    }

    /** ArchUnit's translation ({@code PackageMatcher.convertToRegex}, ArchUnit 1.x), step by step. */
    static String toRegex(String pattern) {
        return pattern
                .replaceAll("\\[(.*?)]", "(?:$1)")
                .replace("(**)", TWO_STAR_MARKER)
                .replace("*", "\\w+")
                .replace(".", "\\.")
                .replace(TWO_STAR_MARKER, TWO_STAR_CAPTURE_REGEX)
                .replace("\\.\\.", TWO_DOTS_REGEX);
    }

    boolean matches(String packageName) {
        return regex.matcher(packageName).matches();
    }

    /** The capture groups when {@code packageName} matches (for slices), else empty. */
    Optional<List<String>> groups(String packageName) {
        Matcher m = regex.matcher(packageName);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> groups = new ArrayList<>();
        for (int i = 1; i <= m.groupCount(); i++) {
            groups.add(m.group(i));
        }
        return Optional.of(groups);
    }

    @Override
    public String toString() {
        return pattern;
    }

    /** Like ArchUnit's {@code resideInAnyPackage(..)}, with the same description, matched in linear time. */
    static DescribedPredicate<JavaClass> resideInAny(String[] patterns) {
        List<PackagePattern> compiled = new ArrayList<>();
        for (String p : patterns) {
            compiled.add(of(p));
        }
        String description = "reside in any package ['" + String.join("', '", patterns) + "']";
        return DescribedPredicate.describe(description,
                c -> compiled.stream().anyMatch(p -> p.matches(c.getPackageName())));
    }
}
