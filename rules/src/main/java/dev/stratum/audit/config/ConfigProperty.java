package dev.stratum.audit.config;

import java.util.Locale;

/** One configuration key as written in one file and profile ("" is the default profile). */
public record ConfigProperty(String key, String value, String file, int line, String profile) {
    /** Spring's relaxed binding: case, dashes and underscores do not matter. */
    public String canonicalKey() {
        return canonical(key);
    }

    public static String canonical(String key) {
        return key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }
}
