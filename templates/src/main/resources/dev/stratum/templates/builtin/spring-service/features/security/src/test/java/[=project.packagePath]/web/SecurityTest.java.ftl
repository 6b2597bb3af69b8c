package [=project.package].web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import [=project.package].AbstractIntegrationTest;

/** The API needs a bearer JWT; without one it answers 401. */
class SecurityTest extends AbstractIntegrationTest {

    private final MockMvc mvc;

    SecurityTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @Test
    void apiWithoutTokenIs401() throws Exception {
        mvc.perform(get("/api/products").param("sku", "SEC-1"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")));
        mvc.perform(post("/api/products").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sku\":\"SEC-1\",\"name\":\"Nope\",\"priceCents\":1}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void apiWithTokenIs200() throws Exception {
        mvc.perform(post("/api/products").with(jwt().jwt(token -> token.subject("alice")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sku\":\"SEC-1\",\"name\":\"Allowed\",\"priceCents\":1}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/products").param("sku", "SEC-1").with(jwt()))
                .andExpect(status().isOk());
    }

    @Test
    void responsesCarrySecureHeaders() throws Exception {
        mvc.perform(get("/api/products").param("sku", "SEC-2"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().exists("Content-Security-Policy"))
                .andExpect(header().exists("Cache-Control"));
    }
}
