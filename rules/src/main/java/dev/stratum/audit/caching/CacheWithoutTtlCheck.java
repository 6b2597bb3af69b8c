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
            .scope("@EnableCaching, spring.cache.type (production view of the first module that sets it) or else "
                            + "caffeine or spring-data-redis on the class path, and TTLs anywhere: "
                            + "entryTtl/expireAfterWrite/expireAfterAccess calls, spring.cache.redis.time-to-live, "
                            + "expireAfter in spring.cache.caffeine.spec.",
                    "TTLs set by the environment or in a Caffeine spec string in Java "
                            + "(Caffeine.from(\"expireAfterWrite=10m\")); the provider is guessed from "
                            + "configuration and class path, not from a CacheManager bean, and with both Caffeine "
                            + "and Redis it assumes Caffeine where Spring Boot tries Redis first; any TTL call "
                            + "anywhere (an unrelated Caffeine map included) and a time-to-live of 0 (never expire) "
                            + "count as set.");

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
        String provider = type.map(t -> t.value().strip().toLowerCase(Locale.ROOT)).orElse(
                project.dependencies().has("caffeine") ? "caffeine"
                        : project.dependencies().has("spring-data-redis") ? "redis" : "");
        Optional<ConfigProperty> spec = project.config("spring.cache.caffeine.spec");
        if (provider.equals("redis")) {
            report(project, sink, type, "Redis cache entries never expire: no spring.cache.redis.time-to-live or entryTtl",
                    "spring-boot-starter-data-redis", "spring-data-redis");
        } else if (provider.equals("caffeine")) {
            report(project, sink, spec.or(() -> type), "Caffeine cache entries never expire: no expireAfterWrite/expireAfterAccess",
                    "caffeine");
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
