package com.acme.shop.api;

import com.acme.shop.common.Product;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProductController {
    @GetMapping("/products/{id}")
    Product one(@PathVariable long id) {
        return new Product(id, "sample", 100);
    }
}
