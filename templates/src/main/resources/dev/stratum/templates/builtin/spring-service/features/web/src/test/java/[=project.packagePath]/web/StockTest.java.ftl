package [=project.package].web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
<#if features.security>
import org.springframework.http.HttpHeaders;
</#if>
import org.springframework.http.MediaType;
import org.springframework.resilience.InvocationRejectedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import [=project.package].AbstractIntegrationTest;
<#if features.security>
import [=project.package].TestJwt;
</#if>
import [=project.package].TestDownstream;
import [=project.package].client.InventoryClient;
import [=project.package].service.ProductService;

/** GET /api/products/{id}/stock against a stand-in inventory service that answers, fails, is slow or hangs. */
class StockTest extends AbstractIntegrationTest {

    private final MockMvc mvc;
    private final ProductService products;
    private final InventoryClient inventory;

    StockTest(MockMvc mvc, ProductService products, InventoryClient inventory) {
        this.mvc = mvc;
        this.products = products;
        this.inventory = inventory;
    }

    @Test
    void stockComesFromTheInventoryService() throws Exception {
        stockOf("OK-1").andExpect(status().isOk())
                .andExpect(jsonPath("$.sku").value("OK-1"))
                .andExpect(jsonPath("$.available").value(7));
        assertThat(TestDownstream.requests("OK-1")).isEqualTo(1);
    }

    @Test
    void aPassingFailureIsRetried() throws Exception {
        stockOf("FLAKY-1").andExpect(status().isOk());
        assertThat(TestDownstream.requests("FLAKY-1")).isEqualTo(2);
    }

    @Test
    void aLastingFailureIsRetriedTwiceThenA503Problem() throws Exception {
        stockOf("DOWN-1").andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.correlationId").exists());
        assertThat(TestDownstream.requests("DOWN-1")).isEqualTo(3);
    }

    @Test
    void aClientErrorIsNotRetried() throws Exception {
        stockOf("MISSING-1").andExpect(status().isServiceUnavailable());
        assertThat(TestDownstream.requests("MISSING-1")).isEqualTo(1);
    }

    @Test
    void aSlowAnswerTimesOutEachAttempt() throws Exception {
        long started = System.nanoTime();
        // Without the read timeout the first attempt would succeed after three seconds.
        stockOf("SLOW-1").andExpect(status().isServiceUnavailable());
        assertThat(TestDownstream.requests("SLOW-1")).isEqualTo(3);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(9));
    }

    @Test
    void callsAboveTheConcurrencyLimitAreRejectedAtOnce() throws Exception {
        List<CompletableFuture<?>> busy = new ArrayList<>();
        try {
            for (int i = 0; i < TestDownstream.MAX_CONCURRENT_CALLS; i++) {
                String sku = "HANG-" + i;
                busy.add(CompletableFuture.runAsync(() -> inventory.stockOf(sku)));
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (TestDownstream.inFlight() < TestDownstream.MAX_CONCURRENT_CALLS && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }

            assertThatThrownBy(() -> inventory.stockOf("OK-2")).isInstanceOf(InvocationRejectedException.class);
            assertThat(TestDownstream.requests("OK-2")).isZero();
        } finally {
            TestDownstream.release();
            busy.forEach(call -> call.handle((result, failure) -> null).join());
        }
    }

    private ResultActions stockOf(String sku) throws Exception {
        long id = products.create(sku, "Stocked " + sku, 100).id();
        return mvc.perform(get("/api/products/{id}/stock", id)<#if features.security>
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestJwt.token("test-user"))</#if>);
    }
}
