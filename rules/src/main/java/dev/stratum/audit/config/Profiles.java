package dev.stratum.audit.config;

import java.util.Locale;
import java.util.Set;

/**
 * Which profiles are production by name: the default profile and every profile not named like a developer's or a
 * test's ({@code dev}, {@code test}, {@code unittest}, {@code it}, {@code integration}, {@code local}, {@code h2},
 * {@code ci}, {@code e2e}, {@code docker-compose}, ...). What the main file activates is the {@link ConfigSet}'s to say.
 * {@code staging}, {@code kubernetes} or {@code aws} count as production: a gap there reaches real users or data.
 */
public final class Profiles {
    private static final Set<String> NON_PRODUCTION = Set.of("dev", "develop", "development", "test", "tests",
            "testing", "integration", "local", "localhost", "h2", "ci", "e2e", "it", "docker", "compose", "dockercompose", "debug",
            "mock", "mocks", "stub", "testcontainers", "embedded", "demo", "sandbox", "sample", "samples", "example", "examples");

    private Profiles() {
    }

    /**
     * Whether a document for this profile expression applies in production: "" (the default), a production name,
     * or the negation of a non-production name ({@code !dev}); {@code prod | dev} applies when any part does.
     */
    public static boolean isProduction(String expression) {
        String e = expression.strip();
        if (e.isEmpty()) {
            return true;
        }
        for (String part : e.split("[,|&()]")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            boolean negated = p.startsWith("!");
            boolean production = productionName(negated ? p.substring(1).strip() : p);
            if (negated != production) {
                return true;
            }
        }
        return false;
    }

    /**
     * A single profile name: not production when one of its words (split at - _ . and camelCase) names a developer's
     * or a test's, or a word begins or ends with "test" ({@code unittest}, {@code systemtests}, {@code testdb}).
     */
    static boolean productionName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("dev") || n.startsWith("test") || n.startsWith("local")) {
            return false;
        }
        for (String word : name.split("[-_.\\s]+|(?<=[a-z0-9])(?=[A-Z])")) {
            String w = word.toLowerCase(Locale.ROOT);
            if (NON_PRODUCTION.contains(w) || w.startsWith("test") || w.endsWith("test") || w.endsWith("tests")) {
                return false;
            }
        }
        return true;
    }
}
