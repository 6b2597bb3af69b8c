package dev.stratum.build;

import dev.stratum.core.UsageException;
import java.util.regex.Pattern;

/**
 * Maven coordinates; {@code version} is empty when a parent or BOM manages it, and may be a property reference
 * such as {@code ${jib-maven-plugin.version}}.
 */
public record Coordinates(String groupId, String artifactId, String version) {
    private static final String PART = "[\\w.\\-]+";
    private static final Pattern GAV = Pattern.compile("(" + PART + "):(" + PART + ")(?::(" + PART + "|\\$\\{" + PART + "\\}))?");

    public Coordinates {
        version = version == null ? "" : version;
    }

    /** Parses {@code groupId:artifactId[:version]}, the form template.yaml uses. */
    public static Coordinates parse(String coords) {
        java.util.regex.Matcher m = coords == null ? null : GAV.matcher(coords);
        if (m == null || !m.matches()) {
            throw new UsageException("invalid coordinates '" + coords + "' (use groupId:artifactId[:version];"
                    + " the version may be a property such as ${x.version})");
        }
        return new Coordinates(m.group(1), m.group(2), m.group(3));
    }

    /** {@code groupId:artifactId}: what identifies a dependency, BOM or plugin regardless of its version. */
    public String key() {
        return groupId + ":" + artifactId;
    }
}
