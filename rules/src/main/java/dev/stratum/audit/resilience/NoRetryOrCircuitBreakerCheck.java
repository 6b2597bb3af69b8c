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
                    + "public Stock stock(String id) { ... }");

    private static final List<String> CLIENT_TYPES = List.of("RestTemplate", "WebClient", "RestClient", "HttpClient",
            "FeignClient", "HttpExchange", "GetExchange", "PostExchange");

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
        boolean resilient = deps.hasPrefix("resilience4j") || deps.has("spring-retry") || deps.hasPrefix("failsafe")
                || deps.hasPrefix("spring-cloud-starter-circuitbreaker") || deps.has("spring-boot-starter-resilience")
                || index.hasAnnotation("Retryable") || index.hasAnnotation("CircuitBreaker") || index.hasAnnotation("Retry")
                || index.hasType("RetryTemplate") || index.hasCall("retryWhen") || index.hasCall("retry");
        if (!resilient) {
            Locations.atBuild(project, sink, this, "the service calls other services with no retry or circuit breaker");
        }
    }
}
