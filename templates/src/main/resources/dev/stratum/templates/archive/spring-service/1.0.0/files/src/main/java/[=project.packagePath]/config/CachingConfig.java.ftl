package [=project.package].config;

import org.springframework.cache.annotation.EnableCaching;
<#if features["cache-redis"]>
import org.springframework.cache.annotation.CachingConfigurer;
import org.springframework.cache.interceptor.CacheErrorHandler;
import org.springframework.cache.interceptor.LoggingCacheErrorHandler;
</#if>
import org.springframework.context.annotation.Configuration;

/**
 * Turns on Spring's cache abstraction. The cache itself (<#if features["cache-redis"]>Redis<#else>Caffeine</#if>),
 * its names, size and time-to-live come from the spring.cache.* properties in application.properties.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
<#if features["cache-redis"]>
public class CachingConfig implements CachingConfigurer {

    /** A Redis outage degrades to cache misses (logged) instead of failing requests. */
    @Override
    public CacheErrorHandler errorHandler() {
        return new LoggingCacheErrorHandler();
    }
}
<#else>
public class CachingConfig {
}
</#if>
