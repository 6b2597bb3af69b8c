package [=project.package].service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
<#if features["cache-redis"]>
import org.junit.jupiter.api.extension.ExtendWith;
</#if>
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;

import [=project.package].AbstractIntegrationTest;
<#if features["cache-redis"]>
import [=project.package].TestRedis;
</#if>
import [=project.package].persistence.ProductRepository;

<#if features["cache-redis"]>
@ExtendWith(TestRedis.RequireRedis.class)
</#if>
class ProductCacheTest extends AbstractIntegrationTest {

    private final ProductService service;
    private final ProductRepository repository;
    private final CacheManager cacheManager;

    ProductCacheTest(ProductService service, ProductRepository repository, CacheManager cacheManager) {
        this.service = service;
        this.repository = repository;
        this.cacheManager = cacheManager;
    }

    @Test
    void readIsServedFromCacheUntilAWriteEvictsIt() throws InterruptedException {
        long id = service.create("CACHE-1", "Original", 100).id();
        assertThat(service.get(id).name()).isEqualTo("Original");
        Cache cache = cacheManager.getCache(ProductService.CACHE);
        assertThat(cache).isNotNull();
        assertThat(awaitEntry(cache, id, true)).as("entry stored by the first read").isTrue();

        // Change the stored product behind the service's back: a cached read cannot see it.
        repository.findById(id).ifPresent(product -> {
            product.update("Changed underneath", 100);
            repository.save(product);
        });
        assertThat(service.get(id).name()).as("served from the cache").isEqualTo("Original");

        // A write through the service evicts the entry, so the next read is fresh.
        service.update(id, "Updated", 200);
        assertThat(awaitEntry(cache, id, false)).as("evicted by the update").isTrue();
        assertThat(service.get(id)).extracting(ProductView::name, ProductView::priceCents)
                .containsExactly("Updated", 200L);
    }

    /** Waits briefly for an entry to appear or vanish: a remote cache may apply writes asynchronously. */
    private static boolean awaitEntry(Cache cache, long id, boolean present) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while ((cache.get(id) != null) != present) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }
}
