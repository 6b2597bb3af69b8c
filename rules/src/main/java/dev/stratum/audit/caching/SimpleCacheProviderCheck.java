package dev.stratum.audit.caching;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Locations;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.config.ConfigProperty;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.Locale;
import java.util.Optional;

/** CA005: the in-memory "simple" cache in production: unbounded, no expiry, not shared between instances. */
public final class SimpleCacheProviderCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("CA005", AuditArea.CACHING, Severity.MEDIUM,
            "Simple (ConcurrentHashMap) cache provider in production",
            "With spring.cache.type=simple, or caching enabled and no cache library on the classpath, Spring Boot "
                    + "uses a ConcurrentHashMap per cache: no size limit, no expiry and no sharing between "
                    + "instances, so memory grows until the process dies and instances disagree.",
            "Add a real provider (Caffeine for a local cache with maximumSize and expireAfterWrite, Redis for a "
                    + "shared one) and configure its limits.",
            "spring.cache.type: simple",
            "spring.cache.type: caffeine\nspring.cache.caffeine.spec: maximumSize=10000,expireAfterWrite=10m")
            .scope("spring.cache.type in the production view of the first module that sets it; otherwise "
                            + "@EnableCaching in a project with declared dependencies and no provider: caffeine, "
                            + "spring-data-redis, ehcache*, hazelcast*, cache-api, infinispan*, jedis*, redisson*, "
                            + "or a CacheManager/CacheManagerCustomizer type in the sources.",
                    "spring.cache.type set by the environment or a config server, a ConcurrentMapCacheManager bean "
                            + "declared as a CacheManager (that type counts as a provider); providers outside the "
                            + "list (cache2k, Couchbase) are reported as missing.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        Optional<ConfigProperty> type = project.config("spring.cache.type");
        if (type.isPresent()) {
            if (type.get().value().strip().toLowerCase(Locale.ROOT).equals("simple")) {
                Locations.at(type.get(), sink, this, "spring.cache.type=simple: unbounded in-memory caches with no expiry");
            }
            return;
        }
        var deps = project.dependencies();
        boolean provider = deps.has("caffeine") || deps.has("spring-data-redis") || deps.hasPrefix("ehcache")
                || deps.hasPrefix("hazelcast") || deps.has("cache-api") || deps.hasPrefix("infinispan")
                || deps.has("spring-boot-starter-data-redis") || deps.hasPrefix("jedis") || deps.hasPrefix("redisson")
                || project.types().hasType("CacheManager") || project.types().hasType("CacheManagerCustomizer");
        if (project.types().hasAnnotation("EnableCaching") && !provider && !deps.isEmpty()) {
            Locations.atBuild(project, sink, this, "caching is enabled but no cache library is declared: "
                    + "Spring Boot falls back to unbounded ConcurrentHashMap caches");
        }
    }
}
