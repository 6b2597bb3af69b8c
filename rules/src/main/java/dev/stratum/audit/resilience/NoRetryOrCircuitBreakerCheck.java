package dev.stratum.audit.resilience;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Locations;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.List;

/** RE005: outbound HTTP calls with no retry or circuit breaker anywhere. */
public final class NoRetryOrCircuitBreakerCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("RE005", AuditArea.RESILIENCE, Severity.LOW,
            "Outbound calls without retry or circuit breaker",
            "The service calls other services but nothing retries transient failures or stops calling a "
                    + "downstream that is down; one flaky dependency turns into errors and piled-up threads here.",
            "Add Resilience4j (or Spring Retry) and wrap outbound calls with a retry with backoff for idempotent "
                    + "requests and a circuit breaker with a fallback.",
            "restClient.get().uri(\"/stock/{id}\", id).retrieve().body(Stock.class);",
            "@Retry(name = \"inventory\") @CircuitBreaker(name = \"inventory\", fallbackMethod = \"cached\")\n"
                    + "public Stock stock(String id) { ... }")
            .scope("Outbound clients anywhere in the sources (RestTemplate, WebClient, RestClient, HttpClient, "
                            + "@FeignClient, HTTP interfaces) against the build's libraries (Resilience4j, Spring Retry, "
                            + "Failsafe, Spring Cloud CircuitBreaker, Hystrix and feign-hystrix, Sentinel, Spring "
                            + "Framework 7's resilience annotations) and their annotations or calls in the code.",
                    "Project-wide: one module with a circuit breaker counts for all, and a library present is not "
                            + "a library in use (a Feign fallback without feign.hystrix.enabled is RE011's concern).");

    private static final List<String> CLIENT_TYPES = List.of("RestTemplate", "WebClient", "RestClient", "HttpClient",
            "FeignClient", "HttpExchange", "GetExchange", "PostExchange");

    /** Retry and circuit-breaker libraries, by artifact prefix (Hystrix through its starters, feign-hystrix). */
    private static final List<String> LIBRARIES = List.of("resilience4j", "spring-retry", "failsafe",
            "spring-cloud-starter-circuitbreaker", "spring-boot-starter-resilience", "hystrix",
            "spring-cloud-starter-netflix-hystrix", "spring-cloud-netflix-hystrix", "spring-cloud-starter-hystrix",
            "feign-hystrix", "sentinel-core", "spring-cloud-starter-alibaba-sentinel");
    private static final List<String> ANNOTATIONS = List.of("Retryable", "CircuitBreaker", "Retry", "HystrixCommand",
            "EnableHystrix", "EnableCircuitBreaker", "SentinelResource");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        var index = project.types();
        var deps = project.dependencies();
        boolean outbound = CLIENT_TYPES.stream().anyMatch(t -> index.hasType(t) || index.hasAnnotation(t));
        if (!outbound || deps.isEmpty()) {
            return;
        }
        boolean resilient = LIBRARIES.stream().anyMatch(deps::hasPrefix)
                || ANNOTATIONS.stream().anyMatch(index::hasAnnotation)
                || index.hasType("RetryTemplate") || index.hasType("HystrixCommand") || index.hasCall("retryWhen")
                || index.hasCall("retry");
        if (!resilient) {
            Locations.atBuild(project, sink, this, "the service calls other services with no retry or circuit breaker");
        }
    }
}
