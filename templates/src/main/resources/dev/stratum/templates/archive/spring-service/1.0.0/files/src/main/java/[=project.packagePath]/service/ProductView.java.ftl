package [=project.package].service;

import java.io.Serializable;

import [=project.package].persistence.Product;

/** What the service hands out: an immutable copy, never the persistent entity<#if features["cache-redis"]> (Serializable: it is stored in Redis)</#if>. */
public record ProductView(long id, String sku, String name, long priceCents) implements Serializable {

    static ProductView of(Product product) {
        return new ProductView(product.getId(), product.getSku(), product.getName(), product.getPriceCents());
    }
}
