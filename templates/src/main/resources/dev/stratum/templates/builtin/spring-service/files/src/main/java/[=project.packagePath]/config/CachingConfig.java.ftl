package [=project.package].config;

<#if features["cache-redis"]>
import java.util.List;

import org.springframework.boot.cache.autoconfigure.RedisCacheManagerBuilderCustomizer;
</#if>
import org.springframework.cache.annotation.CachingConfigurer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.interceptor.CacheErrorHandler;
<#if features["cache-redis"]>
import org.springframework.context.annotation.Bean;
</#if>
import org.springframework.context.annotation.Configuration;
<#if features["cache-redis"]>
import org.springframework.data.redis.serializer.GenericJacksonJsonRedisSerializer;
import org.springframework.data.redis.serializer.RedisSerializationContext.SerializationPair;

import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
</#if>

/**
 * Turns on Spring's cache abstraction. The cache itself (<#if features["cache-redis"]>Redis<#else>Caffeine</#if>),
 * its names, size and time-to-live come from the spring.cache.* properties in application.properties. Cache
 * failures go to {@link CacheFailureHandler}: logged and counted, and the request goes on as a cache miss.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
public class CachingConfig implements CachingConfigurer {

    private final CacheFailureHandler failures;

    public CachingConfig(CacheFailureHandler failures) {
        this.failures = failures;
    }

    @Override
    public CacheErrorHandler errorHandler() {
        return failures;
    }
<#if features["cache-redis"]>

    /**
     * Values are stored as JSON, not with JDK serialisation: readable, no deserialisation gadgets, and a record
     * that gains or loses a field between two releases still reads back during a rolling deploy. The type id that
     * JSON carries is accepted only for this application's own classes. Applied to the defaults and to every cache
     * Spring Boot configured from spring.cache.cache-names, so the TTL and key prefix from the properties stay.
     */
    @Bean
    RedisCacheManagerBuilderCustomizer jsonCacheValues() {
        SerializationPair<Object> json = SerializationPair.fromSerializer(GenericJacksonJsonRedisSerializer.builder()
                .enableDefaultTyping(BasicPolymorphicTypeValidator.builder().allowIfSubType("[=project.package].").build())
                .build());
        return builder -> {
            builder.cacheDefaults(builder.cacheDefaults().serializeValuesWith(json));
            for (String cache : List.copyOf(builder.getConfiguredCaches())) {
                builder.getCacheConfigurationFor(cache).ifPresent(config ->
                        builder.withCacheConfiguration(cache, config.serializeValuesWith(json)));
            }
        };
    }
</#if>
}
