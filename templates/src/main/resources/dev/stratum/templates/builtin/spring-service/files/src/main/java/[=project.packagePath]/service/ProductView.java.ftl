package [=project.package].service;

import java.time.Instant;

import [=project.package].persistence.Product;

/**
 * What the service hands out: an immutable copy, never the persistent entity<#if features["cache-redis"]> (cached in Redis as JSON)</#if>.
 * {@code version} changes with every update; the web layer sends it as the ETag.
 */
public record ProductView(long id, String sku, String name, long priceCents, long version, Instant createdAt,
        Instant updatedAt) {

    static ProductView of(Product product) {
        return new ProductView(product.getId(), product.getSku(), product.getName(), product.getPriceCents(),
                product.getVersion(), product.getCreatedAt(), product.getUpdatedAt());
    }
}
