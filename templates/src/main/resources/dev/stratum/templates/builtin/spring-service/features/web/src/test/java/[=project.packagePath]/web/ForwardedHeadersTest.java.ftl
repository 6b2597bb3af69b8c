package [=project.package].web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import [=project.package].AbstractIntegrationTest;
<#if features.security>
import [=project.package].TestJwt;
</#if>

/**
 * Behind a TLS-terminating proxy (server.forward-headers-strategy=native: Tomcat honours X-Forwarded-* from
 * internal proxy addresses only, such as 127.0.0.1 here) the service builds https links<#if features.security> and sends HSTS</#if>.
 * Real HTTP to the running server, since MockMvc would bypass Tomcat.
 */
class ForwardedHeadersTest extends AbstractIntegrationTest {

    private final RestTestClient client;

    ForwardedHeadersTest(@LocalServerPort int port) {
        this.client = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
    }

    @Test
    void forwardedHttpsGivesHttpsLinks() {
        String location = client.post().uri("/api/products")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "api.example.com")
<#if features.security>
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestJwt.token("proxy-user"))
</#if>
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"sku\":\"FWD-1\",\"name\":\"Behind a proxy\",\"priceCents\":1}")
                .exchange()
                .expectStatus().isCreated()
<#if features.security>
                .expectHeader().valueMatches("Strict-Transport-Security", "max-age=\\d+.*")
</#if>
                .returnResult().getResponseHeaders().getFirst(HttpHeaders.LOCATION);
        assertThat(location).startsWith("https://api.example.com/api/products/");
    }
<#if features.security>

    @Test
    void plainHttpGetsNoHsts() {
        client.get().uri("/api/products?sku=FWD-NONE")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestJwt.token("proxy-user"))
                .exchange()
                .expectHeader().doesNotExist("Strict-Transport-Security");
    }
</#if>
}
