package com.acme.shop.web;

import com.acme.shop.catalog.CatalogService;
import com.acme.shop.catalog.Product;
import jakarta.validation.constraints.Max;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
public class CatalogController {
    private final CatalogService catalog;
    private final com.acme.shop.catalog.ProductRepository products;

    public CatalogController(CatalogService catalog, com.acme.shop.catalog.ProductRepository products) {
        this.catalog = catalog;
        this.products = products;
    }

    @GetMapping("/prices")
    public List<Long> prices(@RequestParam List<Long> ids) {
        List<Long> out = new ArrayList<>();
        for (Long id : ids) {
            out.add(catalog.priceOf(id));
        }
        return out;
    }

    /** Trap: a loop over a cached method. */
    @GetMapping("/cached-prices")
    public List<Long> cachedPrices(@RequestParam List<Long> ids) {
        List<Long> out = new ArrayList<>();
        for (Long id : ids) {
            out.add(catalog.cachedPrice(id));
        }
        return out;
    }

    @GetMapping("/products")
    public List<Product> products(@RequestParam int page, @RequestParam int size) {
        return products.findAll(PageRequest.of(page, size)).getContent();
    }

    /** Traps: a bean-validation bound, and a size handed to a service that bounds it. */
    @GetMapping("/products/bounded")
    public List<Product> bounded(@RequestParam int page, @RequestParam @Max(100) int size) {
        return products.findAll(PageRequest.of(page, size)).getContent();
    }

    @GetMapping("/products/paged")
    public List<Product> paged(@RequestParam int page, @RequestParam int size) {
        return catalog.page(page, size);
    }

    @PutMapping("/reviews/{id}")
    public void editReview(@PathVariable long id, @RequestBody String text) {
        catalog.editReview(id, text);
    }
}
