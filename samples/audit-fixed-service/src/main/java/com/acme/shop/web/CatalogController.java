package com.acme.shop.web;

import com.acme.shop.catalog.CatalogService;
import com.acme.shop.catalog.Product;
import com.acme.shop.catalog.ProductRepository;
import java.util.List;
import org.springframework.data.domain.Pageable;
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
    private final ProductRepository products;

    public CatalogController(CatalogService catalog, ProductRepository products) {
        this.catalog = catalog;
        this.products = products;
    }

    @GetMapping("/prices")
    public List<Long> prices(@RequestParam List<Long> ids) {
        return ids.stream().map(catalog::cachedPrice).toList();
    }

    /** Pageable: Spring Data caps the size (spring.data.web.pageable.max-page-size, 2000 by default). */
    @GetMapping("/products")
    public List<Product> products(Pageable pageable) {
        return products.findAll(pageable).getContent();
    }

    @PutMapping("/reviews/{id}")
    public void editReview(@PathVariable long id, @RequestBody String text) {
        catalog.editReview(id, text);
    }
}
