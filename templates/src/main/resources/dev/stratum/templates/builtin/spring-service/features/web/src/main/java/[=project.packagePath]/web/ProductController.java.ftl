package [=project.package].web;

import java.net.URI;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import [=project.package].service.ProductService;
import [=project.package].service.ProductView;

/** REST endpoints of the product aggregate; talks to the service layer only. */
@RestController
@RequestMapping("/api/products")
public class ProductController {

    private final ProductService products;

    public ProductController(ProductService products) {
        this.products = products;
    }

    @PostMapping
    public ResponseEntity<ProductView> create(@Valid @RequestBody ProductRequest request, UriComponentsBuilder uri) {
        ProductView created = products.create(request.sku(), request.name(), request.priceCents());
        URI location = uri.path("/api/products/{id}").buildAndExpand(created.id()).toUri();
        return ResponseEntity.created(location).body(created);
    }

    @GetMapping("/{id}")
    public ProductView get(@PathVariable long id) {
        return products.get(id);
    }

    @GetMapping(params = "sku")
    public ProductView getBySku(@RequestParam String sku) {
        return products.getBySku(sku);
    }

    @PutMapping("/{id}")
    public ProductView update(@PathVariable long id, @Valid @RequestBody ProductUpdateRequest request) {
        return products.update(id, request.name(), request.priceCents());
    }
}
