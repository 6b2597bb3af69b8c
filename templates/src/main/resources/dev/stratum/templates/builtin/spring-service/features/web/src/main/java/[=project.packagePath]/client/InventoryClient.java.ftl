package [=project.package].client;

import org.springframework.resilience.annotation.ConcurrencyLimit;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;

/**
 * Calls the inventory service with the resilience a remote call needs (Spring Framework's own annotations,
 * enabled by {@code @EnableResilientMethods} in DownstreamConfig):
 * <ul>
 * <li>timeouts: connect and read timeouts of the HTTP client (spring.http.serviceclient.inventory.*), so a hung
 * downstream costs at most the read timeout per attempt;
 * <li>retries: up to two more attempts, 100 ms then 200 ms apart (with jitter), only for failures a retry can fix:
 * I/O errors and timeouts ({@link ResourceAccessException}) and 5xx answers; a 4xx is final;
 * <li>a bulkhead: at most downstream.max-concurrent-calls calls at once; one more is rejected at once
 * ({@code InvocationRejectedException}) instead of queueing request threads behind a slow downstream.
 * </ul>
 */
@Component
public class InventoryClient {

    private final InventoryApi api;

    public InventoryClient(InventoryApi api) {
        this.api = api;
    }

    @ConcurrencyLimit(limitString = "${downstream.max-concurrent-calls:20}", policy = ConcurrencyLimit.ThrottlePolicy.REJECT)
    @Retryable(includes = {ResourceAccessException.class, HttpServerErrorException.class},
            maxRetries = 2, delay = 100, multiplier = 2, jitter = 20, maxDelay = 1000)
    public StockLevel stockOf(String sku) {
        return api.stockOf(sku);
    }
}
