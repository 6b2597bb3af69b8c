package [=project.package].service;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.interceptor.CacheErrorHandler;
<#if features.postgres>
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
<#else>
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
</#if>

/**
<#if features.postgres>
 * Evicts a changed product's cache entry once its transaction has committed, by design rather than by the order
 * of two interceptors: evicting before the commit would let a concurrent read put the old row back into the
 * cache for a whole time-to-live. A rolled-back change evicts nothing.
<#else>
 * Evicts a changed product's cache entry right after the write (the in-memory store has no transactions; with
 * the postgres feature this happens after the commit).
</#if>
 * A failed evict (the cache is down) goes to the {@link CacheErrorHandler}, which logs and counts it: the entry
 * may then be stale until its time-to-live ends, and that must be visible rather than silent.
 */
@Component
class ProductCacheEviction {

    private final CacheManager caches;
    private final CacheErrorHandler errors;

    ProductCacheEviction(CacheManager caches, CacheErrorHandler errors) {
        this.caches = caches;
        this.errors = errors;
    }

<#if features.postgres>
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
<#else>
    @EventListener
</#if>
    void evict(ProductChanged change) {
        Cache cache = caches.getCache(ProductService.CACHE);
        if (cache == null) {
            return;
        }
        try {
            cache.evict(change.id());
        } catch (RuntimeException e) {
            errors.handleCacheEvictError(e, cache, change.id());
        }
    }
}
