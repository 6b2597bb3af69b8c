package [=project.package].web;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import [=project.package].AbstractIntegrationTest;
import [=project.package].TestJwt;

/** The API needs a bearer JWT with a trusted signature: real tokens through the real resource-server filter. */
class SecurityTest extends AbstractIntegrationTest {

    private final MockMvc mvc;

    SecurityTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @Test
    void apiWithoutTokenIs401() throws Exception {
        mvc.perform(get("/api/products").param("sku", "SEC-1"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer")));
        mvc.perform(post("/api/products").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sku\":\"SEC-1\",\"name\":\"Nope\",\"priceCents\":1}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void apiWithValidTokenIs200() throws Exception {
        String bearer = "Bearer " + TestJwt.token("alice");
        mvc.perform(post("/api/products").header(HttpHeaders.AUTHORIZATION, bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sku\":\"SEC-1\",\"name\":\"Allowed\",\"priceCents\":1}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/products").param("sku", "SEC-1").header(HttpHeaders.AUTHORIZATION, bearer))
                .andExpect(status().isOk());
    }

    @Test
    void untrustedOrExpiredTokenIs401() throws Exception {
        mvc.perform(get("/api/products").param("sku", "SEC-1")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestJwt.tokenFromUnknownIssuer("mallory")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer error=\"invalid_token\"")));
        mvc.perform(get("/api/products").param("sku", "SEC-1")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestJwt.expiredToken("alice")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void healthAndMetricsNeedNoToken() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
<#if features.observability>
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk());
</#if>
    }

    @Test
    void responsesCarrySecureHeaders() throws Exception {
        mvc.perform(get("/api/products").param("sku", "SEC-2"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().exists("Content-Security-Policy"))
                .andExpect(header().exists(HttpHeaders.CACHE_CONTROL));
    }
}
