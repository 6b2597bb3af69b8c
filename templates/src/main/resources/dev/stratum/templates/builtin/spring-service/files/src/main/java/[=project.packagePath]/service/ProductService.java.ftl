<#assign cache = features["cache-caffeine"] || features["cache-redis"]>
package [=project.package].service;

<#if !features.postgres>
import java.util.ConcurrentModificationException;
import java.util.List;

</#if>
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
<#if cache>
import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.ApplicationEventPublisher;
</#if>
<#if features.postgres>
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
</#if>
import org.springframework.stereotype.Service;
<#if features.postgres>
import org.springframework.transaction.annotation.Transactional;
</#if>

import [=project.package].persistence.Product;
import [=project.package].persistence.ProductRepository;

/**
 * Use cases of the product aggregate<#if cache>; reads by id are cached, and a write publishes
 * {@link ProductChanged}, on which {@link ProductCacheEviction} evicts the entry<#if features.postgres> after the commit</#if></#if>.
 */
@Service
<#if features.postgres>
@Transactional(readOnly = true)
</#if>
public class ProductService {
<#if cache>

<#if cache>
    /** Name of the cache holding {@link ProductView}s by id. */
    public static final String CACHE = "products";
</#if>

</#if>    private static final Logger log = LoggerFactory.getLogger(ProductService.class);

    private final ProductRepository repository;
<#if cache>
    private final ApplicationEventPublisher events;

    public ProductService(ProductRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }
<#else>

    public ProductService(ProductRepository repository) {
        this.repository = repository;
    }
</#if>

<#if cache>
    @Cacheable(cacheNames = CACHE, key = "#id")
</#if>
    public ProductView get(long id) {
        return ProductView.of(find(id));
    }

    public ProductView getBySku(String sku) {
        return repository.findBySku(sku)
                .map(ProductView::of)
                .orElseThrow(() -> new ProductNotFoundException("No product with SKU " + sku));
    }

    /** Page {@code page} (from 0) of {@code size} products in id order, a stable order for paging. */
    public ProductPage list(int page, int size) {
<#if features.postgres>
        Page<Product> found = repository.findAll(PageRequest.of(page, size, Sort.by("id")));
        return ProductPage.of(found.map(ProductView::of).getContent(), page, size, found.getTotalElements());
<#else>
        List<ProductView> items = repository.findPage((long) page * size, size).stream().map(ProductView::of).toList();
        return ProductPage.of(items, page, size, repository.count());
</#if>
    }

<#if features.postgres>
    @Transactional
</#if>
    public ProductView create(String sku, String name, long priceCents) {
        if (repository.findBySku(sku).isPresent()) {
            throw new DuplicateSkuException(sku);
        }
        Product saved = repository.saveAndFlush(new Product(sku, name, priceCents));
        log.info("Created product {} with SKU {}", saved.getId(), sku);
        return ProductView.of(saved);
    }

    /** Updates whatever version is stored (a client that sent {@code If-Match: *}). */
<#if features.postgres>
    @Transactional
</#if>
    public ProductView update(long id, String name, long priceCents) {
        return save(find(id), name, priceCents);
    }

    /** Updates only if nobody changed the product since the caller read {@code expectedVersion}. */
<#if features.postgres>
    @Transactional
</#if>
    public ProductView updateIfUnchanged(long id, long expectedVersion, String name, long priceCents) {
        Product product = find(id);
        if (product.getVersion() != expectedVersion) {
            throw new ProductVersionConflictException(id, expectedVersion);
        }
        return save(product, name, priceCents);
    }

    private Product find(long id) {
        return repository.findById(id).orElseThrow(() -> new ProductNotFoundException("No product with id " + id));
    }

    private ProductView save(Product product, String name, long priceCents) {
        product.update(name, priceCents);
        Product saved;
        try {
            saved = repository.saveAndFlush(product);
<#if features.postgres>
        } catch (OptimisticLockingFailureException e) {
<#else>
        } catch (ConcurrentModificationException e) {
</#if>
            // Another update committed between our read and our write.
            throw new ProductVersionConflictException(product.getId(), product.getVersion());
        }
<#if cache>
        events.publishEvent(new ProductChanged(saved.getId()));
</#if>
        log.info("Updated product {} to version {}", saved.getId(), saved.getVersion());
        return ProductView.of(saved);
    }
}
