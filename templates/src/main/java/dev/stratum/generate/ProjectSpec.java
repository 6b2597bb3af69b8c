package dev.stratum.generate;

import java.util.List;
import java.util.Map;

/**
 * Everything the user asked for, before validation against a template. {@code features} is null when the user
 * named none (the template's defaults apply); entries may be {@code +id}/{@code -id} to adjust the defaults.
 * {@code template} is a built-in id or a directory.
 */
public record ProjectSpec(String name, String group, String packageName, int javaVersion, List<String> features,
                          Map<String, String> options, String template) {
    public static final String DEFAULT_TEMPLATE = "spring-service";
    public static final String DEFAULT_GROUP = "com.example";
    public static final int DEFAULT_JAVA = 17;

    public ProjectSpec {
        features = features == null ? null : List.copyOf(features);
        options = options == null ? Map.of() : Map.copyOf(options);
        template = template == null || template.isBlank() ? DEFAULT_TEMPLATE : template;
        group = group == null || group.isBlank() ? DEFAULT_GROUP : group;
        javaVersion = javaVersion == 0 ? DEFAULT_JAVA : javaVersion;
    }

    /** Checks the names before anything else is read, so a typo fails fast and names the flag. */
    public void validateNames() {
        ProjectNames.checkName(name);
        ProjectNames.checkPackage(group, "group");
        ProjectNames.checkPackage(effectivePackage(), "package");
        ProjectNames.checkJavaVersion(javaVersion);
    }

    /** The package to generate into: the one given, or group + name with everything but letters and digits dropped. */
    public String effectivePackage() {
        if (packageName != null && !packageName.isBlank()) {
            return packageName;
        }
        return group + "." + name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
