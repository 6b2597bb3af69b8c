package [=project.package].service;

import [=project.package].persistence.Product;

/** What the service hands out: an immutable copy, never the persistent entity<#if features["cache-redis"]> (cached in Redis as JSON)</#if>. */
public record ProductView(long id, String sku, String name, long priceCents) {

    static ProductView of(Product product) {
        return new ProductView(product.getId(), product.getSku(), product.getName(), product.getPriceCents());
    }
}
