package dev.stratum.audit.incremental;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Stratum keeps its caches: never in the audited tree. An explicit directory ({@code --cache-dir}) wins, then
 * {@code STRATUM_CACHE_DIR}, then {@code $XDG_CACHE_HOME/stratum}, then {@code ~/.cache/stratum}. The environment is
 * passed in, so tests never depend on (or change) the process environment.
 */
public final class CacheLocation {
    public static final String ENV = "STRATUM_CACHE_DIR";

    private CacheLocation() {
    }

    /** The cache root for these settings; {@code explicit} may be null. */
    public static Path root(Path explicit, Map<String, String> environment, String userHome) {
        if (explicit != null) {
            return explicit.toAbsolutePath().normalize();
        }
        String own = environment.get(ENV);
        if (own != null && !own.isBlank()) {
            return Path.of(own).toAbsolutePath().normalize();
        }
        String xdg = environment.get("XDG_CACHE_HOME");
        // the XDG spec: a relative XDG_CACHE_HOME is invalid and must be ignored
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "stratum").normalize();
        }
        return Path.of(userHome, ".cache", "stratum").toAbsolutePath().normalize();
    }
}
