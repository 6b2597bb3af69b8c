package [=project.package].persistence;

<#if features.postgres>
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Spring Data repository; {@code findBySku} uses the unique index on product(sku). */
public interface ProductRepository extends JpaRepository<Product, Long> {

    Optional<Product> findBySku(String sku);
}
<#else>
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

    public Product save(Product product) {
        if (product.getId() == null) {
            product.assignId(ids.incrementAndGet());
        }
        byId.put(product.getId(), product.copy());
        return product.copy();
    }

    public Optional<Product> findById(long id) {
        return Optional.ofNullable(byId.get(id)).map(Product::copy);
    }

    public Optional<Product> findBySku(String sku) {
        return byId.values().stream().filter(p -> p.getSku().equals(sku)).findFirst().map(Product::copy);
    }
}
</#if>
