package dev.stratum.audit.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.audit.AuditEngine;
import dev.stratum.audit.AuditOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private List<String> re011() {
        return AuditEngine.standard().audit(root, AuditOptions.defaults()).report().findings().stream()
                .filter(f -> f.id().equals("RE011")).map(f -> f.file() + ":" + f.line()).toList();
    }

    @Test
    void externalClientOnDefaultsIsReportedUntilATimeoutOrACircuitBreakerBoundsIt() throws IOException {
        write("src/main/java/app/RatesClient.java", CLIENT);
        write("src/main/resources/application.yml", "rates.enabled: true\n");
        assertThat(re011()).containsExactly("src/main/java/app/RatesClient.java:2");

        // Spring Cloud 2022+ keys, for every client
        write("src/main/resources/application.yml", "spring.cloud.openfeign.client.config.default.read-timeout: 3000\n");
        assertThat(re011()).isEmpty();

        // the name's own config counts, another client's does not
        write("src/main/resources/application.yml", "feign.client.config.billing.readTimeout: 3000\n");
        assertThat(re011()).hasSize(1);
        write("src/main/resources/application.yml", "feign:\n  client:\n    config:\n      rates:\n        readTimeout: 3000\n");
        assertThat(re011()).isEmpty();

        // a circuit breaker in production bounds the call; one in a dev profile does not
        write("src/main/resources/application.yml", "spring.cloud.openfeign.circuitbreaker.enabled: true\n");
        assertThat(re011()).isEmpty();
        write("src/main/resources/application.yml", "rates.enabled: true\n");
        write("src/main/resources/application-dev.yml", "feign.circuitbreaker.enabled: true\n");
        assertThat(re011()).hasSize(1);
    }

    @Test
    void requestOptionsBuiltInCodeCountAsTimeouts() throws IOException {
        write("src/main/java/app/RatesClient.java", CLIENT);
        write("src/main/java/app/FeignConfig.java", """
                package app;
                import feign.Request;
                @org.springframework.context.annotation.Configuration
                class FeignConfig {
                    @org.springframework.context.annotation.Bean
                    Request.Options options() { return new Request.Options(2000, 5000); }
                }
                """);
        assertThat(re011()).isEmpty();
    }

    @Test
    void aLoadBalancedClientOrAnEmptyUrlIsNotExternal() throws IOException {
        write("src/main/java/app/RatesClient.java", CLIENT.replace("url = \"https://rates.example.com\"", "url = \"\""));
        write("src/main/java/app/StockClient.java", """
                package app;
                @org.springframework.cloud.openfeign.FeignClient("stock")
                interface StockClient {
                    String stock();
                }
                """);
        assertThat(re011()).isEmpty();
    }
}
