package [=project.package].web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import [=project.package].AbstractIntegrationTest;
import [=project.package].TestJwt;
import [=project.package].config.SecurityConfig;

/**
 * Real tokens through the real resource-server filter and the production JWT decoder, which fetches its key from
 * the JWK set {@link TestJwt} serves over HTTP: signature, issuer, audience, expiry and scopes are all checked.
 */
class SecurityTest extends AbstractIntegrationTest {

    private final MockMvc mvc;

    SecurityTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @Test
    void apiWithoutTokenIs401ProblemDetail() throws Exception {
        mvc.perform(get("/api/products").param("sku", "SEC-1").header(CorrelationIdFilter.HEADER, "sec-corr-1"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.instance").value("/api/products"))
                .andExpect(jsonPath("$.correlationId").value("sec-corr-1"));
        mvc.perform(post("/api/products").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sku\":\"SEC-1\",\"name\":\"Nope\",\"priceCents\":1}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void validTokenWithTheRightScopesIsAccepted() throws Exception {
        String bearer = "Bearer " + TestJwt.token("alice");
        mvc.perform(post("/api/products").header(HttpHeaders.AUTHORIZATION, bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sku\":\"SEC-1\",\"name\":\"Allowed\",\"priceCents\":1}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/products").param("sku", "SEC-1")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestJwt.token("bob", SecurityConfig.READ_SCOPE)))
                .andExpect(status().isOk());
    }

    @Test
    void readScopeCannotWriteAndWriteScopeCannotRead() throws Exception {
        String reader = "Bearer " + TestJwt.token("reader", SecurityConfig.READ_SCOPE);
        mvc.perform(post("/api/products").header(HttpHeaders.AUTHORIZATION, reader)
                        .header(CorrelationIdFilter.HEADER, "sec-corr-2")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sku\":\"SEC-3\",\"name\":\"Denied\",\"priceCents\":1}"))
                .andExpect(status().isForbidden())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("insufficient_scope")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.correlationId").value("sec-corr-2"));
        String writer = "Bearer " + TestJwt.token("writer", SecurityConfig.WRITE_SCOPE);
        mvc.perform(get("/api/products").param("sku", "SEC-3").header(HttpHeaders.AUTHORIZATION, writer))
                .andExpect(status().isForbidden());
    }

    @Test
    void tokenFromAnotherIssuerIs401() throws Exception {
        rejected(TestJwt.tokenFromIssuer("https://some-other-issuer.example"), "iss");
    }

    @Test
    void tokenForAnotherAudienceIs401() throws Exception {
        rejected(TestJwt.tokenForAudience("some-other-service"), "aud");
    }

    @Test
    void expiredTokenIs401() throws Exception {
        rejected(TestJwt.expiredToken(), "expired");
    }

    @Test
    void tokenSignedByAnUnknownKeyIs401() throws Exception {
        rejected(TestJwt.tokenSignedByUnknownKey(), "signature");
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

    /** 401 problem+json, and the bearer challenge names the check that failed (so no other failure passes). */
    private void rejected(String token, String reason) throws Exception {
        mvc.perform(authorized(get("/api/products").param("sku", "SEC-1"), token))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer error=\"invalid_token\"")))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString(reason)))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    private static MockHttpServletRequestBuilder authorized(MockHttpServletRequestBuilder request, String token) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }
}
