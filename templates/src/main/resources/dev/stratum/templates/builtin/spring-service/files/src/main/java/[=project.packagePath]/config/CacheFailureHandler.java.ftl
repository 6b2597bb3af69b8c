package [=project.package].config;

<#if features.observability>
import io.micrometer.core.instrument.MeterRegistry;

</#if>
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
<#if features.observability>
import org.springframework.beans.factory.ObjectProvider;
</#if>
import org.springframework.cache.Cache;
import org.springframework.cache.interceptor.CacheErrorHandler;
import org.springframework.stereotype.Component;

/**
 * A failing cache degrades to cache misses instead of failing requests, but never silently: every failure is
 * logged<#if features.observability> and counted (metric {@value #METRIC}, tags {@code cache} and {@code operation})</#if>. A failed evict matters most: the
 * entry may be stale until its time-to-live ends.
 */
@Component
public class CacheFailureHandler implements CacheErrorHandler {

<#if features.observability>
    public static final String METRIC = "cache.errors";

</#if>
    private static final Logger log = LoggerFactory.getLogger(CacheFailureHandler.class);
<#if features.observability>

    private final ObjectProvider<MeterRegistry> meters;

    public CacheFailureHandler(ObjectProvider<MeterRegistry> meters) {
        this.meters = meters;
    }
</#if>

    @Override
    public void handleCacheGetError(RuntimeException e, Cache cache, Object key) {
        record("get", cache, key, e);
    }

    @Override
    public void handleCachePutError(RuntimeException e, Cache cache, Object key, Object value) {
        record("put", cache, key, e);
    }

    @Override
    public void handleCacheEvictError(RuntimeException e, Cache cache, Object key) {
        record("evict", cache, key, e);
    }

    @Override
    public void handleCacheClearError(RuntimeException e, Cache cache) {
        record("clear", cache, null, e);
    }

    private void record(String operation, Cache cache, Object key, RuntimeException e) {
        // One line without the stack trace: during an outage every request lands here.
        log.warn("Cache {} failed to {} key {}; going on without it: {}", cache.getName(), operation, key, e.toString());
<#if features.observability>
        meters.ifAvailable(registry -> registry
                .counter(METRIC, "cache", cache.getName(), "operation", operation).increment());
</#if>
    }
}
