package com.acme.shop.search;

import com.acme.shop.common.Product;
import java.util.List;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Anyone who reaches the port can search and drop the index. */
@RestController
class SearchController {
    @GetMapping("/search")
    List<Product> search(@RequestParam String q) {
        return List.of();
    }

    @DeleteMapping("/index")
    void dropIndex() {
    }
}
