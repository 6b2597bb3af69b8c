package dev.stratum.audit;

import java.util.Set;

/** Names of the per-file facts that feed the cross-file {@link ProjectIndex}. */
public final class FactKeys {
    /** Simple names of every annotation used. */
    public static final String ANNOTATION = "annotation";
    /** Simple names of every class or interface type mentioned. */
    public static final String TYPE = "type";
    /** Method names from {@link #NOTABLE_CALLS} that are called. */
    public static final String CALL = "call";
    /** {@code Entity|table} for each JPA entity. */
    public static final String ENTITY = "entity";
    /** {@code Entity.field|column} for each persistent field of an entity. */
    public static final String COLUMN = "column";
    /** {@code Entity.field} for identifier fields. */
    public static final String ID = "id";
    /** {@code Repository|Entity} for Spring Data repositories and {@code Name|} for {@code @Repository} classes. */
    public static final String REPOSITORY = "repository";
    /** Simple names of web controllers. */
    public static final String CONTROLLER = "controller";
    /** Simple type names injected into controllers (fields, constructor parameters). */
    public static final String CONTROLLER_INJECT = "controller.inject";
    /** Cache names read ({@code @Cacheable}), written ({@code @CachePut}) and evicted ({@code @CacheEvict}). */
    public static final String CACHE_READ = "cache.read";
    public static final String CACHE_PUT = "cache.put";
    public static final String CACHE_EVICT = "cache.evict";
    /** One encoded {@link dev.stratum.audit.security.chain.SecurityChain} per filter chain or ignoring list. */
    public static final String SECURITY_CHAIN = "security.chain";
    /** Simple names of the exception types an {@code @ExceptionHandler} method handles. */
    public static final String EXCEPTION_HANDLED = "exception.handled";
    /** Named pieces of evidence that one call or type name cannot carry (see {@link Evidence}). */
    public static final String EVIDENCE = "evidence";

    /** Calls worth knowing about across files: timeouts, TTLs, cache eviction, security configuration. */
    public static final Set<String> NOTABLE_CALLS = Set.of(
            "entryTtl", "expireAfterWrite", "expireAfterAccess", "evict", "evictIfPresent", "clear", "invalidate",
            "setConnectTimeout", "setReadTimeout", "connectTimeout", "readTimeout", "responseTimeout",
            "setConnectionRequestTimeout", "timeout", "requestFactory", "oauth2ResourceServer", "httpBasic",
            "formLogin", "authorizeHttpRequests", "authorizeRequests", "sessionCreationPolicy", "securityMatcher",
            "commandTimeout", "retry", "retryWhen", "circuitBreaker", "withRetry", "setMaximumPoolSize",
            "jwt", "opaqueToken", "createDefaultWithIssuer", "fromIssuerLocation", "fromOidcIssuerLocation",
            "withIssuerLocation", "setJwtValidator", "authenticationEntryPoint", "accessDeniedHandler",
            "serializeValuesWith", "setDefaultSerializer", "setValueSerializer", "setQueryTimeout",
            "setStatementTimeout");

    private FactKeys() {
    }
}
