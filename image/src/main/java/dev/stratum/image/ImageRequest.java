package dev.stratum.image;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one {@code stratum image} run needs. The environment is passed in (never read globally) so
 * credentials and the Docker config location can be tested and are never looked up behind the caller's back.
 *
 * @param projectDir the built service (a Maven project with {@code target/})
 * @param target where the image goes
 * @param base base image: a registry reference or {@code tar:PATH}
 * @param tags additional tags, pushed with the same manifest
 * @param jvmFlags flags placed before the main class in the entrypoint
 * @param ports exposed ports such as {@code 8080} or {@code 9000/udp}; empty means the input's default
 * @param labels extra labels; they win over the labels derived from the pom
 * @param user the user the container runs as (uid[:gid] or a name known to the base image)
 * @param platform {@code os/arch}, e.g. {@code linux/arm64}
 * @param digestFile where to write the image digest, or {@code null}
 * @param dryRun print the plan only; nothing is pulled, built or pushed
 * @param insecureRegistry allow plain http and unverified TLS for registries
 * @param timeout deadline for the whole build: probe, pull, build, push and reading the push back
 * @param environment the process environment: credentials, {@code DOCKER_CONFIG}, {@code HOME}
 * @param baseCacheDir cache of base image layers, or {@code null} for jib's shared default
 */
public record ImageRequest(
        Path projectDir,
        ImageTarget target,
        String base,
        List<String> tags,
        List<String> jvmFlags,
        List<String> ports,
        Map<String, String> labels,
        String user,
        String platform,
        Path digestFile,
        boolean dryRun,
        boolean insecureRegistry,
        Duration timeout,
        Map<String, String> environment,
        Path baseCacheDir) {

    public static final String DEFAULT_BASE = "eclipse-temurin:21-jre";
    public static final String DEFAULT_USER = "65532:65532";
    public static final String DEFAULT_PLATFORM = "linux/amd64";
    /** The whole build's deadline: a cold pull of a JRE base (~100 MB) and a push over a slow link fit in it. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(300);

    public ImageRequest {
        Objects.requireNonNull(projectDir, "projectDir");
        Objects.requireNonNull(target, "target");
        base = base == null ? DEFAULT_BASE : base;
        tags = List.copyOf(tags == null ? List.of() : tags);
        jvmFlags = List.copyOf(jvmFlags == null ? List.of() : jvmFlags);
        ports = List.copyOf(ports == null ? List.of() : ports);
        labels = Map.copyOf(labels == null ? Map.of() : labels);
        user = user == null ? DEFAULT_USER : user;
        platform = platform == null ? DEFAULT_PLATFORM : platform;
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        environment = Map.copyOf(environment == null ? Map.of() : environment);
    }

    public static Builder builder(Path projectDir, ImageTarget target) {
        return new Builder(projectDir, target);
    }

    /** Collects optional settings; {@link #build()} makes the immutable request. */
    public static final class Builder {
        private final Path projectDir;
        private final ImageTarget target;
        private String base;
        private final List<String> tags = new ArrayList<>();
        private final List<String> jvmFlags = new ArrayList<>();
        private final List<String> ports = new ArrayList<>();
        private final Map<String, String> labels = new LinkedHashMap<>();
        private String user;
        private String platform;
        private Path digestFile;
        private boolean dryRun;
        private boolean insecureRegistry;
        private Duration timeout;
        private Map<String, String> environment = Map.of();
        private Path baseCacheDir;

        private Builder(Path projectDir, ImageTarget target) {
            this.projectDir = projectDir;
            this.target = target;
        }

        public Builder base(String value) { this.base = value; return this; }
        public Builder tags(List<String> values) { tags.addAll(values); return this; }
        public Builder jvmFlags(List<String> values) { jvmFlags.addAll(values); return this; }
        public Builder ports(List<String> values) { ports.addAll(values); return this; }
        public Builder labels(Map<String, String> values) { labels.putAll(values); return this; }
        public Builder user(String value) { this.user = value; return this; }
        public Builder platform(String value) { this.platform = value; return this; }
        public Builder digestFile(Path value) { this.digestFile = value; return this; }
        public Builder dryRun(boolean value) { this.dryRun = value; return this; }
        public Builder insecureRegistry(boolean value) { this.insecureRegistry = value; return this; }
        public Builder timeout(Duration value) { this.timeout = value; return this; }
        public Builder environment(Map<String, String> value) { this.environment = value; return this; }
        public Builder baseCacheDir(Path value) { this.baseCacheDir = value; return this; }

        public ImageRequest build() {
            return new ImageRequest(projectDir, target, base, tags, jvmFlags, ports, labels, user, platform,
                    digestFile, dryRun, insecureRegistry, timeout, environment, baseCacheDir);
        }
    }
}
