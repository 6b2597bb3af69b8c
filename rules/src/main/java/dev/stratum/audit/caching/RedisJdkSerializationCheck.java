package dev.stratum.audit.caching;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Locations;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.config.ConfigProperty;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.List;
import java.util.Optional;

/** CA009: cache values stored in Redis with Java serialisation (Spring's default). */
public final class RedisJdkSerializationCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("CA009", AuditArea.CACHING, Severity.MEDIUM,
            "Redis cache with JDK serialisation",
            "Without a value serialiser, RedisCacheManager writes values with Java serialisation: whoever can "
                    + "write to Redis can plant a deserialisation gadget that runs in every instance, and a rolling "
                    + "deploy that changes a cached class makes the old entries fail to read (or read wrong) until "
                    + "they expire.",
            "Configure a RedisCacheConfiguration (or a RedisCacheManagerBuilderCustomizer) with "
                    + "serializeValuesWith(SerializationPair.fromSerializer(a JSON serialiser for the cached type)) "
                    + "and a key prefix that carries a version.",
            "spring.cache.type: redis   # values serialised with JdkSerializationRedisSerializer",
            "@Bean RedisCacheConfiguration cacheConfiguration() {\n  return RedisCacheConfiguration.defaultCacheConfig()\n"
                    + "      .serializeValuesWith(SerializationPair.fromSerializer(new JacksonJsonRedisSerializer<>(View.class)));\n}")
            .scope("spring.cache.type (placeholders with their defaults), else the provider Boot detects first "
                            + "(Redis before Caffeine) with @EnableCaching; in code: serializeValuesWith, setValueSerializer/setDefaultSerializer, "
                            + "JSON Redis serialiser types and JdkSerializationRedisSerializer.",
                    "What a custom RedisSerializer class does (any explicit serialiser counts as a choice), "
                            + "RedisTemplate use outside the cache abstraction.");

    private static final List<String> JSON_SERIALISERS = List.of("GenericJackson2JsonRedisSerializer",
            "Jackson2JsonRedisSerializer", "GenericJacksonJsonRedisSerializer", "JacksonJsonRedisSerializer",
            "GenericJacksonRedisSerializer", "JacksonRedisSerializer");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        var index = project.types();
        Optional<ConfigProperty> type = project.config("spring.cache.type");
        boolean redisCache = BootCacheProvider.of(project).filter("redis"::equals).isPresent()
                && (type.isPresent() || index.hasAnnotation("EnableCaching"))
                || index.hasType("RedisCacheManager");
        if (!redisCache) {
            return;
        }
        boolean explicit = index.hasCall("serializeValuesWith") || index.hasCall("setValueSerializer")
                || index.hasCall("setDefaultSerializer") || JSON_SERIALISERS.stream().anyMatch(index::hasType);
        if (explicit && !index.hasType("JdkSerializationRedisSerializer")) {
            return;
        }
        String message = explicit ? "cache values are serialised with JdkSerializationRedisSerializer"
                : "Redis is the cache and no value serialiser is configured: values are stored with Java serialisation";
        if (type.isPresent()) {
            Locations.at(type.get(), sink, this, message);
        } else {
            Locations.atDependency(project, sink, this, message, "spring-boot-starter-data-redis", "spring-data-redis");
        }
    }
}
