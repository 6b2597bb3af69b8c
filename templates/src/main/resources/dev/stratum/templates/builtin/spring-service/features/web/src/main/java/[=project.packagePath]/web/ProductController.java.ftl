package [=project.package].web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ETag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import [=project.package].service.ProductPage;
import [=project.package].service.ProductService;
import [=project.package].service.ProductStock;
import [=project.package].service.ProductView;
import [=project.package].service.StockService;

/**
 * REST endpoints of the product aggregate; talks to the service layer only. A product's ETag is its version:
 * PUT must send it back in {@code If-Match} (428 without, 412 when the product changed meanwhile), so two
 * clients cannot silently overwrite each other.
 */
@RestController
@RequestMapping("/api/products")
public class ProductController {

    private final ProductService products;
    private final StockService stock;
    private final int maxPageSize;

    public ProductController(ProductService products, StockService stock,
            @Value("${api.max-page-size:100}") int maxPageSize) {
        this.products = products;
        this.stock = stock;
        this.maxPageSize = maxPageSize;
    }

    @PostMapping
    public ResponseEntity<ProductView> create(@Valid @RequestBody ProductRequest request, UriComponentsBuilder uri) {
        ProductView created = products.create(request.sku(), request.name(), request.priceCents());
        URI location = uri.path("/api/products/{id}").buildAndExpand(created.id()).toUri();
        return ResponseEntity.created(location).eTag(etag(created)).body(created);
    }

    @GetMapping("/{id}")
    public ResponseEntity<ProductView> get(@PathVariable long id) {
        ProductView product = products.get(id);
        return ResponseEntity.ok().eTag(etag(product)).body(product);
    }

    @GetMapping(params = "sku")
    public ResponseEntity<ProductView> getBySku(@RequestParam String sku) {
        ProductView product = products.getBySku(sku);
        return ResponseEntity.ok().eTag(etag(product)).body(product);
    }

    /** Products in id order; a {@code size} above the maximum (api.max-page-size) is lowered to it. */
    @GetMapping
    public ProductPage list(@RequestParam(defaultValue = "0") @PositiveOrZero int page,
            @RequestParam(defaultValue = "20") @Positive int size) {
        return products.list(page, Math.min(size, maxPageSize));
    }

    /** Asks the inventory service (DOWNSTREAM_BASE_URL); 503 when it fails, times out or is too busy. */
    @GetMapping("/{id}/stock")
    public ProductStock stock(@PathVariable long id) {
        return stock.stockOf(id);
    }

    @PutMapping("/{id}")
    public ResponseEntity<ProductView> update(@PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ProductUpdateRequest request) {
        if (ifMatch == null) {
            throw new ResponseStatusException(HttpStatus.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag of the product (from GET), or * to overwrite any version");
        }
        List<ETag> tags = ETag.parse(ifMatch);
        ProductView updated;
        if (tags.stream().anyMatch(ETag::isWildcard)) {
            updated = products.update(id, request.name(), request.priceCents());
        } else {
            updated = products.updateIfUnchanged(id, versionOf(tags), request.name(), request.priceCents());
        }
        return ResponseEntity.ok().eTag(etag(updated)).body(updated);
    }

    private static String etag(ProductView product) {
        return "\"" + product.version() + "\"";
    }

    /** The version in a single strong ETag; anything else can never match a product, hence 412. */
    private static long versionOf(List<ETag> tags) {
        if (tags.size() == 1 && !tags.get(0).weak() && tags.get(0).tag().matches("\\d{1,18}")) {
            return Long.parseLong(tags.get(0).tag());
        }
        throw new ResponseStatusException(HttpStatus.PRECONDITION_FAILED, "If-Match does not name a version of this product");
    }
}
