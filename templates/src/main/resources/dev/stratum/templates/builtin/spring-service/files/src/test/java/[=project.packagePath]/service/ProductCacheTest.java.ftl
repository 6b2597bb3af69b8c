package [=project.package].service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;

import [=project.package].AbstractIntegrationTest;
import [=project.package].persistence.ProductRepository;

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
    void readIsServedFromCacheUntilAWriteEvictsIt() {
        long id = service.create("CACHE-1", "Original", 100).id();
        assertThat(service.get(id).name()).isEqualTo("Original");
        Cache cache = cacheManager.getCache(ProductService.CACHE);
        assertThat(cache).isNotNull();
        assertThat(cache.get(id)).as("entry stored by the first read").isNotNull();

        // Change the stored product behind the service's back: a cached read cannot see it.
        repository.findById(id).ifPresent(product -> {
            product.update("Changed underneath", 100);
            repository.save(product);
        });
        assertThat(service.get(id).name()).as("served from the cache").isEqualTo("Original");

        // A write through the service evicts the entry, so the next read is fresh.
        service.update(id, "Updated", 200);
        assertThat(cache.get(id)).as("evicted by the update").isNull();
        assertThat(service.get(id)).extracting(ProductView::name, ProductView::priceCents)
                .containsExactly("Updated", 200L);
    }
}
