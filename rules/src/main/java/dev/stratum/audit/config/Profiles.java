package dev.stratum.audit.config;

import java.util.Locale;
import java.util.Set;

/**
 * Which profiles are production: the default profile and every profile not named like a developer's or a test's
 * ({@code dev}, {@code test}, {@code local}, {@code h2}, {@code ci}, {@code e2e}, {@code docker-compose}, ...).
 * {@code staging}, {@code kubernetes} or {@code aws} count as production: a gap there reaches real users or data.
 */
public final class Profiles {
    private static final Set<String> NON_PRODUCTION = Set.of("dev", "develop", "development", "test", "tests",
            "testing", "local", "localhost", "h2", "ci", "e2e", "it", "docker", "compose", "dockercompose", "debug",
            "mock", "mocks", "stub", "testcontainers", "embedded", "demo", "sandbox");

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

    /** A single profile name: not production when one of its words (split at - _ .) names a developer's or a test's. */
    static boolean productionName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("dev") || n.startsWith("test") || n.startsWith("local")) {
            return false;
        }
        for (String word : n.split("[-_.\\s]+")) {
            if (NON_PRODUCTION.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
