<#-- Redis cache metrics exist only with a Redis; DashboardMetricsTest checks them where one is available. -->
package [=project.package];

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
<#if features.security>
import org.springframework.http.HttpHeaders;
</#if>
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The actuator answers on its own port (management.server.port; random here, 8081 by default), over real HTTP:
 * health probes, info with build details and Prometheus scraping<#if features.security> without a token</#if>. The
 * application port does not serve it.
 */
class ObservabilityTest extends AbstractIntegrationTest {

    private final RestTestClient management;
    private final RestTestClient application;
    private final int managementPort;
    private final int serverPort;

    ObservabilityTest(@LocalManagementPort int managementPort, @LocalServerPort int serverPort) {
        this.managementPort = managementPort;
        this.serverPort = serverPort;
        this.management = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + managementPort).build();
        this.application = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + serverPort).build();
    }

    @Test
    void healthIsUp() {
        management.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void livenessAndReadinessProbesAreUp() {
        management.get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        management.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void prometheusServesMetrics() {
        management.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body)
                        .contains("jvm_memory_used_bytes")
<#if features.postgres>
                        .contains("hikaricp_connections")
</#if>
<#if features["cache-caffeine"]>
                        .contains("cache_gets")
</#if>
                        .contains("application=\"[=project.name]\""));
    }

    @Test
    void infoCarriesBuildInformation() {
        // META-INF/build-info.properties from spring-boot-maven-plugin's build-info goal; git.properties is added
        // by git-commit-id-maven-plugin when the project is in a Git repository.
        RestTestClient.BodyContentSpec info = management.get().uri("/actuator/info").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.build.artifact").isEqualTo("[=project.artifact]")
                .jsonPath("$.build.version").isEqualTo("[=project.version]");
        if (new ClassPathResource("git.properties").exists()) {
            info.jsonPath("$.git.commit.id").exists();
        }
    }

    @Test
    void actuatorIsNotServedOnTheApplicationPort() {
        assertThat(serverPort).isNotEqualTo(managementPort);
        application.get().uri("/actuator/prometheus")
<#if features.security>
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestJwt.token("ops"))
</#if>
                .exchange()
                .expectStatus().isNotFound();
        application.get().uri("/actuator/health")
<#if features.security>
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestJwt.token("ops"))
</#if>
                .exchange()
                .expectStatus().isNotFound();
    }
}
