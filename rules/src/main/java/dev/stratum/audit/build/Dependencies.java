package dev.stratum.audit.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every dependency declared by the project's build files, plus what well-known Spring Boot starters bring in by
 * name (the audit never resolves a dependency graph). Test-scoped dependencies do not count as present.
 */
public final class Dependencies {
    /** What a starter implies, by artifact id. */
    static final Map<String, List<String>> IMPLIED = Map.ofEntries(
            Map.entry("spring-boot-starter-web", List.of("spring-webmvc", "spring-boot-starter-tomcat", "jackson-databind")),
            Map.entry("spring-boot-starter-webmvc", List.of("spring-webmvc", "spring-boot-starter-tomcat", "jackson-databind")),
            Map.entry("spring-boot-starter-webflux", List.of("spring-webflux", "reactor-netty")),
            Map.entry("spring-boot-starter-data-jpa", List.of("hibernate-core", "HikariCP", "spring-data-jpa", "spring-boot-starter-jdbc")),
            Map.entry("spring-boot-starter-jdbc", List.of("HikariCP", "spring-jdbc")),
            Map.entry("spring-boot-starter-actuator", List.of("micrometer-core", "spring-boot-actuator")),
            Map.entry("spring-boot-starter-security", List.of("spring-security-web", "spring-security-config")),
            Map.entry("spring-boot-starter-oauth2-resource-server", List.of("spring-security-web", "spring-security-config", "spring-security-oauth2-resource-server")),
            Map.entry("spring-boot-starter-oauth2-client", List.of("spring-security-web", "spring-security-config")),
            Map.entry("spring-boot-starter-security-oauth2-resource-server", List.of("spring-security-web", "spring-security-config", "spring-security-oauth2-resource-server")),
            Map.entry("spring-boot-starter-security-oauth2-client", List.of("spring-security-web", "spring-security-config")),
            Map.entry("spring-boot-starter-data-redis", List.of("spring-data-redis", "lettuce-core")),
            Map.entry("spring-boot-starter-cache", List.of("spring-context-support")),
            Map.entry("spring-boot-starter-flyway", List.of("flyway-core")),
            Map.entry("spring-boot-starter-liquibase", List.of("liquibase-core")),
            Map.entry("spring-boot-starter-opentelemetry", List.of("micrometer-tracing", "micrometer-registry-otlp")),
            Map.entry("spring-cloud-starter-circuitbreaker-resilience4j", List.of("resilience4j-circuitbreaker")),
            Map.entry("resilience4j-spring-boot3", List.of("resilience4j-circuitbreaker", "resilience4j-retry")),
            Map.entry("resilience4j-spring-boot2", List.of("resilience4j-circuitbreaker", "resilience4j-retry")),
            Map.entry("micrometer-tracing-bridge-otel", List.of("micrometer-tracing")),
            Map.entry("micrometer-tracing-bridge-brave", List.of("micrometer-tracing")));

    private final List<Dependency> declared;
    private final String springBootVersion;
    private final java.util.Set<String> plugins;

    public Dependencies(List<Dependency> declared, String springBootVersion) {
        this(declared, springBootVersion, java.util.Set.of());
    }

    /** {@code plugins}: Maven plugin artifact ids and Gradle plugin ids of the build. */
    public Dependencies(List<Dependency> declared, String springBootVersion, java.util.Set<String> plugins) {
        this.declared = List.copyOf(declared);
        this.springBootVersion = springBootVersion;
        this.plugins = java.util.Set.copyOf(plugins);
    }

    /** Whether the build applies a plugin whose artifact id (Maven) or id (Gradle) contains {@code name}. */
    public boolean hasPlugin(String name) {
        return plugins.stream().anyMatch(p -> p.contains(name));
    }

    public List<Dependency> declared() {
        return declared;
    }

    /** The Spring Boot version from a parent, BOM or plugin, or null when unknown. */
    public String springBootVersion() {
        return springBootVersion;
    }

    /** The Spring Boot version when it is known and well formed (a placeholder or a typo is unknown). */
    public Optional<BootVersion> bootVersion() {
        return BootVersion.parse(springBootVersion);
    }

    /** Whether {@code artifact} is on the main classpath, declared or implied by a starter. */
    public boolean has(String artifact) {
        return find(artifact).isPresent() || implied(artifact);
    }

    /** Whether any main dependency's artifact id starts with {@code prefix}. */
    public boolean hasPrefix(String prefix) {
        for (Dependency d : declared) {
            if (!d.isTestOnly() && d.artifact().startsWith(prefix)) {
                return true;
            }
        }
        for (Dependency d : declared) {
            if (!d.isTestOnly()) {
                for (String i : IMPLIED.getOrDefault(d.artifact(), List.of())) {
                    if (i.startsWith(prefix)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The main-scope declaration of {@code artifact}, if declared directly. */
    public Optional<Dependency> find(String artifact) {
        return declared.stream().filter(d -> !d.isTestOnly() && d.artifact().equals(artifact)).findFirst();
    }

    private boolean implied(String artifact) {
        for (Dependency d : declared) {
            if (!d.isTestOnly() && IMPLIED.getOrDefault(d.artifact(), List.of()).contains(artifact)) {
                return true;
            }
        }
        return false;
    }

    public boolean isEmpty() {
        return declared.isEmpty();
    }

    public static Dependencies merge(List<Dependencies> parts) {
        List<Dependency> all = new ArrayList<>();
        java.util.Set<String> plugins = new java.util.HashSet<>();
        String boot = null;
        for (Dependencies d : parts) {
            all.addAll(d.declared);
            plugins.addAll(d.plugins);
            boot = boot == null ? d.springBootVersion : boot;
        }
        return new Dependencies(all, boot, plugins);
    }
}
