package dev.stratum.image;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the image says about the project it was built from; any field may be {@code null} when the pom or git
 * does not tell. URLs are kept without their userinfo ({@link UrlCredentials}).
 */
public record ProjectMetadata(
        String groupId, String artifactId, String version, String name, String description, String url,
        String scmUrl, String revision) {

    /** Every field may end up in a label or on the screen: no URL keeps its userinfo (a token, a password). */
    public ProjectMetadata {
        name = UrlCredentials.strip(name);
        description = UrlCredentials.strip(description);
        url = UrlCredentials.strip(url);
        scmUrl = UrlCredentials.strip(scmUrl);
    }

    /** The jar `mvn package` writes by default. */
    public String expectedJarName() {
        return artifactId == null || version == null ? "*.jar" : artifactId + "-" + version + ".jar";
    }

    /** Image name used for tar and daemon targets when none is given: {@code artifactId:version}. */
    public String defaultImageName(String fallback) {
        String repo = artifactId == null ? fallback : artifactId.toLowerCase(java.util.Locale.ROOT);
        String tag = version == null ? "latest" : version.replaceAll("[^A-Za-z0-9_.-]", "_");
        return repo + ":" + tag;
    }

    public ProjectMetadata withRevision(String value) {
        return new ProjectMetadata(groupId, artifactId, version, name, description, url, scmUrl, value);
    }

    /** OCI annotation keys (https://github.com/opencontainers/image-spec/blob/main/annotations.md). */
    public Map<String, String> ociLabels() {
        var labels = new LinkedHashMap<String, String>();
        put(labels, "org.opencontainers.image.title", name != null ? name : artifactId);
        put(labels, "org.opencontainers.image.description", description);
        put(labels, "org.opencontainers.image.version", version);
        put(labels, "org.opencontainers.image.source", scmUrl != null ? scmUrl : url);
        put(labels, "org.opencontainers.image.url", url);
        put(labels, "org.opencontainers.image.revision", revision);
        return labels;
    }

    private static void put(Map<String, String> labels, String key, String value) {
        if (value != null && !value.isBlank()) {
            labels.put(key, value.strip());
        }
    }
}
