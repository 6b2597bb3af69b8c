package dev.stratum.audit.caching;

import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.build.Dependencies;
import dev.stratum.audit.config.ConfigProperty;
import dev.stratum.audit.config.Placeholders;
import java.util.Locale;
import java.util.Optional;

/**
 * The cache provider Spring Boot auto-configures: spring.cache.type when set (a placeholder with its default), else
 * the first library on the class path in Boot's detection order (JCache, Hazelcast, Infinispan, Couchbase, Redis,
 * Caffeine, Cache2k, then the in-memory "simple" provider). Names are spring.cache.type's values.
 */
final class BootCacheProvider {
    private BootCacheProvider() {
    }

    /** The provider's spring.cache.type name, or empty when spring.cache.type is a placeholder with no default. */
    static Optional<String> of(ProjectModel project) {
        Optional<ConfigProperty> type = project.config("spring.cache.type");
        if (type.isPresent()) {
            return Placeholders.withDefaults(type.get().value()).map(v -> v.strip().toLowerCase(Locale.ROOT));
        }
        return Optional.of(firstOnClassPath(project.dependencies()));
    }

    /** Whether the provider comes from Boot's detection (spring.cache.type is not set). */
    static boolean byDetection(ProjectModel project) {
        return !project.hasConfig("spring.cache.type");
    }

    private static String firstOnClassPath(Dependencies deps) {
        if (deps.has("cache-api") || deps.has("jcache")) {
            return "jcache";
        }
        if (deps.hasPrefix("hazelcast")) {
            return "hazelcast";
        }
        if (deps.hasPrefix("infinispan")) {
            return "infinispan";
        }
        if (deps.has("spring-data-couchbase") || deps.has("spring-boot-starter-data-couchbase")) {
            return "couchbase";
        }
        if (deps.has("spring-data-redis")) {
            return "redis";
        }
        if (deps.has("caffeine")) {
            return "caffeine";
        }
        return deps.hasPrefix("cache2k") ? "cache2k" : "simple";
    }
}
