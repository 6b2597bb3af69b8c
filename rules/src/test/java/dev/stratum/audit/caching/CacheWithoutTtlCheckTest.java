package dev.stratum.audit.caching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.audit.AuditedTree;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheWithoutTtlCheckTest {
    private static final String APP = """
            package app;
            @org.springframework.boot.autoconfigure.SpringBootApplication
            @org.springframework.cache.annotation.EnableCaching
            class App { }
            """;
    private static final String REDIS = "Redis cache entries never expire: no spring.cache.redis.time-to-live or entryTtl";

    @TempDir
    Path root;

    private AuditedTree caffeineAndRedis() {
        return new AuditedTree(root).pom("3.5.0", "spring-boot-starter-web", "caffeine", "spring-boot-starter-data-redis")
                .write("src/main/java/app/App.java", APP);
    }

    @Test
    void withCaffeineAndRedisAndNoCacheTypeBootPicksRedis() {
        assertThat(caffeineAndRedis().findings("CA006")).containsExactly(
                "pom.xml:6 " + REDIS + " (Spring Boot picks Redis before Caffeine when spring.cache.type is unset)");
    }

    @Test
    void aCacheTypeChoosesTheProviderAndIsReadThroughItsPlaceholder() {
        assertThat(caffeineAndRedis().write("src/main/resources/application.yml", "spring.cache.type: caffeine\n")
                .findings("CA006")).containsExactly("src/main/resources/application.yml:1 "
                + "Caffeine cache entries never expire: no expireAfterWrite/expireAfterAccess");
        assertThat(caffeineAndRedis().write("src/main/resources/application.yml", "spring.cache.type: ${CACHE:redis}\n")
                .findings("CA006")).containsExactly("src/main/resources/application.yml:1 " + REDIS);
        assertThat(caffeineAndRedis().write("src/main/resources/application.yml", "spring.cache.type: ${CACHE}\n")
                .findings("CA006")).as("unknown provider").isEmpty();
    }

    @Test
    void aRedisTimeToLiveClosesTheGapThatBootsChoiceOpens() {
        assertThat(caffeineAndRedis().write("src/main/resources/application.yml", "spring.cache.redis.time-to-live: 10m\n")
                .findings("CA006")).isEmpty();
    }

    @Test
    void aProviderBootTriesBeforeRedisIsNotJudged() {
        AuditedTree hazelcast = new AuditedTree(root).pom("3.5.0", "spring-boot-starter-web", "hazelcast", "caffeine")
                .write("src/main/java/app/App.java", APP);
        assertThat(hazelcast.findings("CA006")).isEmpty();
    }

    @Test
    void caffeineAloneIsCaffeine() {
        AuditedTree caffeine = new AuditedTree(root).pom("3.5.0", "spring-boot-starter-web", "caffeine")
                .write("src/main/java/app/App.java", APP);
        assertThat(caffeine.findings("CA006")).containsExactly(
                "pom.xml:5 Caffeine cache entries never expire: no expireAfterWrite/expireAfterAccess");
    }
}
