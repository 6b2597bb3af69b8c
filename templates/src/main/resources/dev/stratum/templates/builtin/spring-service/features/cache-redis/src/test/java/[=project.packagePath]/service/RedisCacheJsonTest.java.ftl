package [=project.package].service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import [=project.package].AbstractIntegrationTest;

/** What a cached read leaves in Redis is JSON (CachingConfig), not a JDK-serialised object. */
class RedisCacheJsonTest extends AbstractIntegrationTest {

    private final ProductService service;
    private final StringRedisTemplate redis;
    private final String keyPrefix;

    RedisCacheJsonTest(ProductService service, StringRedisTemplate redis,
            @Value("${spring.cache.redis.key-prefix}") String keyPrefix) {
        this.service = service;
        this.redis = redis;
        this.keyPrefix = keyPrefix;
    }

    @Test
    void cachedValueIsStoredAsJson() {
        long id = service.create("JSON-1", "Stored as JSON", 250).id();
        service.get(id);

        String raw = redis.opsForValue().get(keyPrefix + ProductService.CACHE + "::" + id);
        assertThat(raw).as("raw Redis value").isNotNull().startsWith("{");
        JsonNode json = JsonMapper.builder().build().readTree(raw);
        assertThat(json.get("sku").asString()).isEqualTo("JSON-1");
        assertThat(json.get("priceCents").asLong()).isEqualTo(250);
        assertThat(json.get("@class").asString()).isEqualTo(ProductView.class.getName());
    }
}
