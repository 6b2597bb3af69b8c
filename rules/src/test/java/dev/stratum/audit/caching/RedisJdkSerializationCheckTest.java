package dev.stratum.audit.caching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.audit.AuditedTree;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedisJdkSerializationCheckTest {
    private static final String APP = """
            package app;
            @org.springframework.boot.autoconfigure.SpringBootApplication
            @org.springframework.cache.annotation.EnableCaching
            class App { }
            """;

    @TempDir
    Path root;

    private AuditedTree withCaches(String... libraries) {
        return new AuditedTree(root).pom("3.5.0", libraries).write("src/main/java/app/App.java", APP);
    }

    @Test
    void withCaffeineAndRedisAndNoCacheTypeBootPicksRedisAndItsJavaSerialisation() {
        assertThat(withCaches("spring-boot-starter-web", "caffeine", "spring-boot-starter-data-redis").findings("CA009"))
                .hasSize(1);
    }

    @Test
    void aCaffeineCacheTypeIsNotRedis() {
        assertThat(withCaches("spring-boot-starter-web", "caffeine", "spring-boot-starter-data-redis")
                .write("src/main/resources/application.yml", "spring.cache.type: caffeine\n").findings("CA009")).isEmpty();
    }

    @Test
    void aJsonSerialiserIsAChoice() {
        assertThat(withCaches("spring-boot-starter-web", "spring-boot-starter-data-redis")
                .write("src/main/java/app/CacheConfig.java", """
                        package app;
                        class CacheConfig {
                            Object config() {
                                return org.springframework.data.redis.cache.RedisCacheConfiguration.defaultCacheConfig()
                                        .serializeValuesWith(null);
                            }
                        }
                        """).findings("CA009")).isEmpty();
    }
}
