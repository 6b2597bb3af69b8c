package dev.stratum.audit.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.audit.AuditedTree;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RE011's configuration variants that audit-leaky-clients does not show: each way to bound a Feign call. */
class FeignClientTimeoutCheckTest {
    private static final String CLIENT = """
            package app;
            @org.springframework.cloud.openfeign.FeignClient(name = "rates", url = "https://rates.example.com")
            interface RatesClient {
                String latest();
            }
            """;

    @TempDir
    Path root;

    @Test
    void externalClientOnDefaultsIsReportedUntilATimeoutOrACircuitBreakerBoundsIt() {
        AuditedTree tree = new AuditedTree(root);
        tree.write("src/main/java/app/RatesClient.java", CLIENT);
        tree.write("src/main/resources/application.yml", "rates.enabled: true\n");
        assertThat(tree.locations("RE011")).containsExactly("src/main/java/app/RatesClient.java:2");

        // Spring Cloud 2022+ keys, for every client
        tree.write("src/main/resources/application.yml", "spring.cloud.openfeign.client.config.default.read-timeout: 3000\n");
        assertThat(tree.locations("RE011")).isEmpty();

        // the name's own config counts, another client's does not
        tree.write("src/main/resources/application.yml", "feign.client.config.billing.readTimeout: 3000\n");
        assertThat(tree.locations("RE011")).hasSize(1);
        tree.write("src/main/resources/application.yml", "feign:\n  client:\n    config:\n      rates:\n        readTimeout: 3000\n");
        assertThat(tree.locations("RE011")).isEmpty();

        // a circuit breaker in production bounds the call; one in a dev profile does not
        tree.write("src/main/resources/application.yml", "spring.cloud.openfeign.circuitbreaker.enabled: true\n");
        assertThat(tree.locations("RE011")).isEmpty();
        tree.write("src/main/resources/application.yml", "rates.enabled: true\n");
        tree.write("src/main/resources/application-dev.yml", "feign.circuitbreaker.enabled: true\n");
        assertThat(tree.locations("RE011")).hasSize(1);
    }

    @Test
    void requestOptionsBuiltInCodeCountAsTimeouts() {
        AuditedTree tree = new AuditedTree(root);
        tree.write("src/main/java/app/RatesClient.java", CLIENT);
        tree.write("src/main/java/app/FeignConfig.java", """
                package app;
                import feign.Request;
                @org.springframework.context.annotation.Configuration
                class FeignConfig {
                    @org.springframework.context.annotation.Bean
                    Request.Options options() { return new Request.Options(2000, 5000); }
                }
                """);
        assertThat(tree.locations("RE011")).isEmpty();
    }

    @Test
    void aLoadBalancedClientOrAnEmptyUrlIsNotExternal() {
        AuditedTree tree = new AuditedTree(root);
        tree.write("src/main/java/app/RatesClient.java", CLIENT.replace("url = \"https://rates.example.com\"", "url = \"\""));
        tree.write("src/main/java/app/StockClient.java", """
                package app;
                @org.springframework.cloud.openfeign.FeignClient("stock")
                interface StockClient {
                    String stock();
                }
                """);
        assertThat(tree.locations("RE011")).isEmpty();
    }
}
