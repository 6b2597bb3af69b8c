package dev.stratum.build;

/** A Maven repository; snapshots are off unless asked for. */
public record Repository(String id, String name, String url, boolean snapshots) {
    public Repository {
        if (id == null || id.isBlank() || url == null || url.isBlank()) {
            throw new dev.stratum.core.UsageException("a repository needs an 'id' and a 'url'");
        }
        name = name == null ? "" : name;
    }
}
