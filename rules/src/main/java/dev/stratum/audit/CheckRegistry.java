package dev.stratum.audit;

import dev.stratum.audit.caching.CacheNeverEvictedCheck;
import dev.stratum.audit.caching.CacheSelfInvocationCheck;
import dev.stratum.audit.caching.CacheWithoutTtlCheck;
import dev.stratum.audit.caching.CacheableProxyBypassCheck;
import dev.stratum.audit.caching.CachingNotEnabledCheck;
import dev.stratum.audit.caching.NoCacheAbstractionCheck;
import dev.stratum.audit.caching.RedisTimeoutCheck;
import dev.stratum.audit.caching.SimpleCacheProviderCheck;
import dev.stratum.audit.database.ConcatenatedQueryCheck;
import dev.stratum.audit.database.DdlAutoCheck;
import dev.stratum.audit.database.EagerCollectionCheck;
import dev.stratum.audit.database.FinderWithoutIndexCheck;
import dev.stratum.audit.database.H2InProductionCheck;
import dev.stratum.audit.database.NoMigrationToolCheck;
import dev.stratum.audit.database.OpenInViewCheck;
import dev.stratum.audit.database.PoolSizingCheck;
import dev.stratum.audit.database.RepositoryCallInLoopCheck;
import dev.stratum.audit.database.TransactionalProxyBypassCheck;
import dev.stratum.audit.database.UnboundedFindAllCheck;
import dev.stratum.audit.monitoring.ActuatorExposedCheck;
import dev.stratum.audit.monitoring.NoActuatorCheck;
import dev.stratum.audit.monitoring.NoHealthProbesCheck;
import dev.stratum.audit.monitoring.NoMetricsRegistryCheck;
import dev.stratum.audit.monitoring.NoTracingCheck;
import dev.stratum.audit.monitoring.PrintStackTraceCheck;
import dev.stratum.audit.monitoring.SwallowedExceptionCheck;
import dev.stratum.audit.monitoring.SystemOutCheck;
import dev.stratum.audit.resilience.GracefulShutdownCheck;
import dev.stratum.audit.resilience.JdkHttpClientTimeoutCheck;
import dev.stratum.audit.resilience.NoRetryOrCircuitBreakerCheck;
import dev.stratum.audit.resilience.RestClientTimeoutCheck;
import dev.stratum.audit.resilience.RestTemplateTimeoutCheck;
import dev.stratum.audit.resilience.SleepInRequestHandlerCheck;
import dev.stratum.audit.resilience.UnboundedThreadPoolCheck;
import dev.stratum.audit.resilience.WebClientTimeoutCheck;
import dev.stratum.audit.security.CorsWildcardCredentialsCheck;
import dev.stratum.audit.security.CsrfDisabledCheck;
import dev.stratum.audit.security.HardcodedSecretInCodeCheck;
import dev.stratum.audit.security.HardcodedSecretInConfigCheck;
import dev.stratum.audit.security.NoSpringSecurityCheck;
import dev.stratum.audit.security.PermitAllEverythingCheck;
import dev.stratum.audit.security.PlainHttpEndpointCheck;
import dev.stratum.audit.security.PlaintextDbConnectionCheck;
import dev.stratum.audit.security.SensitiveDataLoggedCheck;
import dev.stratum.audit.security.TrustAllTlsCheck;
import dev.stratum.audit.security.WeakPasswordHashCheck;
import dev.stratum.audit.caching.RedisJdkSerializationCheck;
import dev.stratum.audit.database.NoOptimisticLockCheck;
import dev.stratum.audit.database.NoQueryTimeoutCheck;
import dev.stratum.audit.database.UnboundedPageSizeCheck;
import dev.stratum.audit.monitoring.NoCatchAllHandlerCheck;
import dev.stratum.audit.monitoring.PublicMetricsCheck;
import dev.stratum.audit.resilience.OtherHttpClientTimeoutCheck;
import dev.stratum.audit.security.BodilessAuthErrorsCheck;
import dev.stratum.audit.security.ForwardHeadersCheck;
import dev.stratum.audit.security.JwtValidationCheck;
import dev.stratum.audit.security.OpenApiUiInProductionCheck;
import dev.stratum.finding.RuleMeta;
import java.util.List;

/** Every audit check, in catalogue order. Adding a check means adding it here; docs/checks.md follows. */
public final class CheckRegistry {
    private CheckRegistry() {
    }

    public static List<AuditCheck> all() {
        return List.of(
                new CacheableProxyBypassCheck(),
                new CacheSelfInvocationCheck(),
                new CacheNeverEvictedCheck(),
                new CachingNotEnabledCheck(),
                new SimpleCacheProviderCheck(),
                new CacheWithoutTtlCheck(),
                new RedisTimeoutCheck(),
                new NoCacheAbstractionCheck(),
                new RedisJdkSerializationCheck(),
                new DdlAutoCheck(),
                new NoMigrationToolCheck(),
                new UnboundedFindAllCheck(),
                new RepositoryCallInLoopCheck(),
                new EagerCollectionCheck(),
                new FinderWithoutIndexCheck(),
                new OpenInViewCheck(),
                new PoolSizingCheck(),
                new ConcatenatedQueryCheck(),
                new H2InProductionCheck(),
                new TransactionalProxyBypassCheck(),
                new UnboundedPageSizeCheck(),
                new NoOptimisticLockCheck(),
                new NoQueryTimeoutCheck(),
                new NoActuatorCheck(),
                new NoMetricsRegistryCheck(),
                new NoHealthProbesCheck(),
                new NoTracingCheck(),
                new SystemOutCheck(),
                new PrintStackTraceCheck(),
                new SwallowedExceptionCheck(),
                new ActuatorExposedCheck(),
                new PublicMetricsCheck(),
                new NoCatchAllHandlerCheck(),
                new HardcodedSecretInCodeCheck(),
                new HardcodedSecretInConfigCheck(),
                new NoSpringSecurityCheck(),
                new CsrfDisabledCheck(),
                new PermitAllEverythingCheck(),
                new CorsWildcardCredentialsCheck(),
                new WeakPasswordHashCheck(),
                new TrustAllTlsCheck(),
                new PlainHttpEndpointCheck(),
                new PlaintextDbConnectionCheck(),
                new SensitiveDataLoggedCheck(),
                new JwtValidationCheck(),
                new BodilessAuthErrorsCheck(),
                new ForwardHeadersCheck(),
                new OpenApiUiInProductionCheck(),
                new RestTemplateTimeoutCheck(),
                new WebClientTimeoutCheck(),
                new RestClientTimeoutCheck(),
                new JdkHttpClientTimeoutCheck(),
                new OtherHttpClientTimeoutCheck(),
                new NoRetryOrCircuitBreakerCheck(),
                new GracefulShutdownCheck(),
                new SleepInRequestHandlerCheck(),
                new UnboundedThreadPoolCheck());
    }

    public static List<RuleMeta> metadata() {
        return all().stream().map(AuditCheck::meta).toList();
    }
}
