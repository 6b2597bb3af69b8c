package dev.stratum.audit.caching;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Locations;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.config.ConfigProperty;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.Optional;

/** CA006: Redis or Caffeine caches with no time-to-live anywhere. */
public final class CacheWithoutTtlCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("CA006", AuditArea.CACHING, Severity.MEDIUM,
            "Cache without a time-to-live",
            "Redis caches created by Spring Boot never expire unless spring.cache.redis.time-to-live (or a "
                    + "RedisCacheConfiguration with entryTtl) says so; a Caffeine spec without expireAfterWrite "
                    + "keeps entries forever. Stale data and unbounded memory follow.",
            "Set spring.cache.redis.time-to-live (e.g. 10m), or add expireAfterWrite to spring.cache.caffeine.spec, "
                    + "or configure entryTtl/expireAfterWrite in code.",
            "spring.cache.type: redis",
            "spring.cache.type: redis\nspring.cache.redis.time-to-live: 10m")
            .scope("@EnableCaching; the provider Spring Boot configures: spring.cache.type (production view of "
                            + "the first module that sets it, a placeholder with its default), else the first "
                            + "library on the class path in Boot's order (cache-api/JCache, hazelcast*, infinispan*, "
                            + "Couchbase, spring-data-redis, caffeine, cache2k*; Redis wins over Caffeine); and TTLs "
                            + "anywhere: entryTtl/expireAfterWrite/expireAfterAccess calls, "
                            + "spring.cache.redis.time-to-live, expireAfter in spring.cache.caffeine.spec.",
                    "TTLs set by the environment or in a Caffeine spec string in Java "
                            + "(Caffeine.from(\"expireAfterWrite=10m\")); a CacheManager bean or a Cache bean (Boot's "
                            + "generic provider) of the project's own replaces Boot's choice and is not read; a "
                            + "provider Boot tries before Redis (JCache, Hazelcast, Infinispan, Couchbase) silences "
                            + "the check even when Boot would skip it for lack of its bean; any TTL call anywhere (an "
                            + "unrelated Caffeine map included) and a time-to-live of 0 (never expire) count as set.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        if (!project.types().hasAnnotation("EnableCaching") || CacheTtl.configured(project)) {
            return;
        }
        Optional<ConfigProperty> type = project.config("spring.cache.type");
        String provider = BootCacheProvider.of(project).orElse("");
        if (provider.equals("redis")) {
            String message = "Redis cache entries never expire: no spring.cache.redis.time-to-live or entryTtl";
            if (BootCacheProvider.byDetection(project) && project.dependencies().has("caffeine")) {
                message += " (Spring Boot picks Redis before Caffeine when spring.cache.type is unset)";
            }
            report(project, sink, type, message, "spring-boot-starter-data-redis", "spring-data-redis");
        } else if (provider.equals("caffeine")) {
            report(project, sink, project.config("spring.cache.caffeine.spec").or(() -> type),
                    "Caffeine cache entries never expire: no expireAfterWrite/expireAfterAccess", "caffeine");
        }
    }

    private void report(ProjectModel project, FindingSink sink, Optional<ConfigProperty> at, String message, String... artifacts) {
        if (at.isPresent()) {
            Locations.at(at.get(), sink, this, message);
        } else {
            Locations.atDependency(project, sink, this, message, artifacts);
        }
    }
}
