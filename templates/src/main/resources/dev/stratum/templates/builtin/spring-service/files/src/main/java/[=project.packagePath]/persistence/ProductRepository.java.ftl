package [=project.package].persistence;

<#if features.postgres>
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Spring Data repository; {@code findBySku} uses the unique index on product(sku). */
public interface ProductRepository extends JpaRepository<Product, Long> {

    Optional<Product> findBySku(String sku);
}
<#else>
import java.time.Instant;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Repository;

/**
 * Thread-safe in-memory store with the same methods as a Spring Data repository, so the service layer does not
 * change when a database is added (generate with the postgres feature to get a JPA repository instead).
 */
@Repository
public class ProductRepository {

    private final Map<Long, Product> byId = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    /**
     * Stores a new product, or an update of a stored one if nobody changed it since it was read (same version);
     * otherwise throws {@link ConcurrentModificationException}, as JPA's optimistic locking would.
     */
    public Product save(Product product) {
        Instant now = Instant.now();
        if (product.getId() == null) {
            product.created(ids.incrementAndGet(), now);
            byId.put(product.getId(), product.copy());
            return product.copy();
        }
        return byId.compute(product.getId(), (id, stored) -> {
            if (stored == null || stored.getVersion() != product.getVersion()) {
                throw new ConcurrentModificationException("Product " + id + " was changed or removed meanwhile");
            }
            Product next = product.copy();
            next.updated(now);
            return next;
        }).copy();
    }

    /** Nothing is buffered in memory: the same as {@link #save}. */
    public Product saveAndFlush(Product product) {
        return save(product);
    }

    public Optional<Product> findById(long id) {
        return Optional.ofNullable(byId.get(id)).map(Product::copy);
    }

    public Optional<Product> findBySku(String sku) {
        return byId.values().stream().filter(p -> p.getSku().equals(sku)).findFirst().map(Product::copy);
    }

    /** One page in id order (stable: ids never change). */
    public List<Product> findPage(long offset, int limit) {
        return byId.values().stream()
                .sorted(Comparator.comparing(Product::getId))
                .skip(offset)
                .limit(limit)
                .map(Product::copy)
                .toList();
    }

    public long count() {
        return byId.size();
    }
}
</#if>
