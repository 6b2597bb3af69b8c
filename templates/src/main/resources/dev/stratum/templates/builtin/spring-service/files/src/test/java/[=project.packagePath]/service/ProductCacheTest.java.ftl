package [=project.package].service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

<#if features.observability>
import io.micrometer.core.instrument.MeterRegistry;
</#if>
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.concurrent.ConcurrentMapCache;
import org.springframework.cache.interceptor.CacheErrorHandler;
import org.springframework.cache.support.SimpleCacheManager;
<#if features.postgres>
import org.springframework.transaction.support.TransactionTemplate;
</#if>

import [=project.package].AbstractIntegrationTest;
<#if features["cache-redis"]>
import [=project.package].TestRedis;
</#if>
<#if features.observability>
import [=project.package].config.CacheFailureHandler;
</#if>
import [=project.package].persistence.ProductRepository;

<#if features["cache-redis"]>
@ExtendWith(TestRedis.RequireRedis.class)
</#if>
@ExtendWith(OutputCaptureExtension.class)
class ProductCacheTest extends AbstractIntegrationTest {

    private final ProductService service;
    private final ProductRepository repository;
    private final CacheManager cacheManager;
    private final CacheErrorHandler cacheErrors;
<#if features.postgres>
    private final TransactionTemplate transactions;
</#if>
<#if features.observability>
    private final MeterRegistry meters;
</#if>

    ProductCacheTest(ProductService service, ProductRepository repository, CacheManager cacheManager,
            CacheErrorHandler cacheErrors<#if features.postgres>, TransactionTemplate transactions</#if><#if features.observability>, MeterRegistry meters</#if>) {
        this.service = service;
        this.repository = repository;
        this.cacheManager = cacheManager;
        this.cacheErrors = cacheErrors;
<#if features.postgres>
        this.transactions = transactions;
</#if>
<#if features.observability>
        this.meters = meters;
</#if>
    }

    @Test
    void readIsServedFromCacheUntilAWriteEvictsIt() throws InterruptedException {
        long id = service.create("CACHE-1", "Original", 100).id();
        assertThat(service.get(id).name()).isEqualTo("Original");
        Cache cache = cache();
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
<#if features.postgres>

    @Test
    void evictionWaitsForTheCommit() throws InterruptedException {
        long id = service.create("CACHE-2", "Original", 100).id();
        service.get(id);
        Cache cache = cache();
        assertThat(awaitEntry(cache, id, true)).isTrue();

        transactions.executeWithoutResult(status -> {
            service.update(id, "Updated", 200);
            assertThat(cache.get(id)).as("still cached while the change is uncommitted").isNotNull();
        });

        assertThat(awaitEntry(cache, id, false)).as("evicted after the commit").isTrue();
    }

    @Test
    void rolledBackChangeEvictsNothing() throws InterruptedException {
        long id = service.create("CACHE-3", "Original", 100).id();
        service.get(id);
        Cache cache = cache();
        assertThat(awaitEntry(cache, id, true)).isTrue();

        transactions.executeWithoutResult(status -> {
            service.update(id, "Rolled back", 200);
            status.setRollbackOnly();
        });

        assertThat(cache.get(id)).isNotNull();
        assertThat(service.get(id).name()).isEqualTo("Original");
    }
</#if>

    @Test
    void failedEvictionIsLoggedAndCountedNotSwallowed(CapturedOutput output) {
        Cache failing = new ConcurrentMapCache(ProductService.CACHE) {
            @Override
            public void evict(Object key) {
                throw new IllegalStateException("cache unreachable");
            }
        };
        SimpleCacheManager caches = new SimpleCacheManager();
        caches.setCaches(List.of(failing));
        caches.afterPropertiesSet();
<#if features.observability>
        double before = evictErrors();
</#if>

        new ProductCacheEviction(caches, cacheErrors).evict(new ProductChanged(424_242L));

        assertThat(output.getOut()).contains("failed to evict key 424242").contains("cache unreachable");
<#if features.observability>
        assertThat(evictErrors()).isEqualTo(before + 1);
</#if>
    }
<#if features.observability>

    private double evictErrors() {
        return meters.counter(CacheFailureHandler.METRIC, "cache", ProductService.CACHE, "operation", "evict").count();
    }
</#if>

    private Cache cache() {
        Cache cache = cacheManager.getCache(ProductService.CACHE);
        assertThat(cache).isNotNull();
        return cache;
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
