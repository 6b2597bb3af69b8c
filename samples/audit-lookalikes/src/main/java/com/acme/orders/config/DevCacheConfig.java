package com.acme.orders.config;

import org.springframework.cache.CacheManager;
import org.springframework.cache.concurrent.ConcurrentMapCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** An unbounded map cache only for local runs; production uses Caffeine from application.yml (no CA005). */
@Configuration
@Profile("dev")
public class DevCacheConfig {
    @Bean
    CacheManager devCacheManager() {
        return new ConcurrentMapCacheManager("orders");
    }
}
