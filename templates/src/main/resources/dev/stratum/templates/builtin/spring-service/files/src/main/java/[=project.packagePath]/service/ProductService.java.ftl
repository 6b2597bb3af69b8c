<#assign cache = features["cache-caffeine"] || features["cache-redis"]>
package [=project.package].service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
<#if cache>
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
</#if>
import org.springframework.stereotype.Service;
<#if features.postgres>
import org.springframework.transaction.annotation.Transactional;
</#if>

import [=project.package].persistence.Product;
import [=project.package].persistence.ProductRepository;

/** Use cases of the product aggregate<#if cache>; reads by id are cached, writes evict</#if>. */
@Service
<#if features.postgres>
@Transactional(readOnly = true)
</#if>
public class ProductService {

<#if cache>
    /** Name of the cache holding {@link ProductView}s by id. */
    public static final String CACHE = "products";

</#if>    private static final Logger log = LoggerFactory.getLogger(ProductService.class);

    private final ProductRepository repository;

    public ProductService(ProductRepository repository) {
        this.repository = repository;
    }

<#if cache>
    @Cacheable(cacheNames = CACHE, key = "#id")
</#if>
    public ProductView get(long id) {
        return repository.findById(id)
                .map(ProductView::of)
                .orElseThrow(() -> new ProductNotFoundException("No product with id " + id));
    }

    public ProductView getBySku(String sku) {
        return repository.findBySku(sku)
                .map(ProductView::of)
                .orElseThrow(() -> new ProductNotFoundException("No product with SKU " + sku));
    }

<#if features.postgres>
    @Transactional
</#if>
    public ProductView create(String sku, String name, long priceCents) {
        if (repository.findBySku(sku).isPresent()) {
            throw new DuplicateSkuException(sku);
        }
        Product saved = repository.save(new Product(sku, name, priceCents));
        log.info("Created product {} with SKU {}", saved.getId(), sku);
        return ProductView.of(saved);
    }

<#if features.postgres>
    @Transactional
</#if>
<#if cache>
    @CacheEvict(cacheNames = CACHE, key = "#id")
</#if>
    public ProductView update(long id, String name, long priceCents) {
        Product product = repository.findById(id)
                .orElseThrow(() -> new ProductNotFoundException("No product with id " + id));
        product.update(name, priceCents);
        log.info("Updated product {}", id);
        return ProductView.of(repository.save(product));
    }
}
