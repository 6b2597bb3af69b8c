package dev.stratum.audit;

import dev.stratum.core.UsageException;
import java.util.List;
import java.util.Locale;

/** The five areas an audit scores. Each check belongs to exactly one. */
public final class AuditArea {
    public static final String CACHING = "caching";
    public static final String DATABASE = "database";
    public static final String MONITORING = "monitoring";
    public static final String SECURITY = "security";
    public static final String RESILIENCE = "resilience";

    /** In report order. */
    public static final List<String> ALL = List.of(CACHING, DATABASE, MONITORING, SECURITY, RESILIENCE);

    private AuditArea() {
    }

    /** Parses a user-supplied area name ({@code --only}, config); unknown names are usage errors. */
    public static String parse(String text) {
        String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (!ALL.contains(key)) {
            throw new UsageException("unknown audit area '" + text + "' (use one of " + String.join(", ", ALL) + ")");
        }
        return key;
    }
}
