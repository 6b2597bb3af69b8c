package [=project.package].config;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/**
 * Turns on Spring's cache abstraction. The cache itself (<#if features["cache-redis"]>Redis<#else>Caffeine</#if>),
 * its names, size and time-to-live come from the spring.cache.* properties in application.properties.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
public class CachingConfig {
}
