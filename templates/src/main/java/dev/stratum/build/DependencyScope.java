package dev.stratum.build;

import dev.stratum.core.UsageException;
import java.util.Locale;

/** Maven dependency scopes, in the order a hand-written pom lists them (as Spring Initializr orders them). */
public enum DependencyScope {
    COMPILE, RUNTIME, PROVIDED, TEST;

    /** The {@code <scope>} text; compile is Maven's default and is not written. */
    public String xml() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a scope; blank is compile. */
    public static DependencyScope parse(String scope) {
        if (scope == null || scope.isBlank()) {
            return COMPILE;
        }
        for (DependencyScope s : values()) {
            if (s.xml().equals(scope)) {
                return s;
            }
        }
        throw new UsageException("unknown scope '" + scope + "' (use compile, runtime, provided or test)");
    }
}
