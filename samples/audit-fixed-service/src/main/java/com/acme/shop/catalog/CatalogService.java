package com.acme.shop.catalog;

import java.util.List;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CatalogService {
    private final ProductRepository products;
    private final ReviewRepository reviews;

    public CatalogService(ProductRepository products, ReviewRepository reviews) {
        this.products = products;
        this.reviews = reviews;
    }

    public long priceOf(long id) {
        return products.findById(id).map(Product::getPriceCents).orElse(0L);
    }

    /** Trap for DB004: cached, so a loop over it does not query per element. */
    @Cacheable("prices")
    public long cachedPrice(long id) {
        return products.findById(id).map(Product::getPriceCents).orElse(0L);
    }

    public List<Product> page(int page, int size) {
        return products.findAll(PageRequest.of(page, Math.min(size, 100))).getContent();
    }

    @Transactional
    public void editReview(long id, String text) {
        reviews.findById(id).orElseThrow().edit(text);
    }
}
