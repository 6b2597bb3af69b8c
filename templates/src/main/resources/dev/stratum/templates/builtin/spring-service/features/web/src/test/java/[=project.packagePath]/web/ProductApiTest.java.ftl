package [=project.package].web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
<#if features.security>
import org.springframework.http.HttpHeaders;
</#if>
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import [=project.package].AbstractIntegrationTest;
<#if features.security>
import [=project.package].TestJwt;
</#if>

@ExtendWith(OutputCaptureExtension.class)
class ProductApiTest extends AbstractIntegrationTest {

    private final MockMvc mvc;

    ProductApiTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @Test
    void createThenReadByIdAndBySku() throws Exception {
        String location = mvc.perform(authenticated(post("/api/products"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sku\":\"API-1\",\"name\":\"Desk lamp\",\"priceCents\":3999}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sku").value("API-1"))
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(authenticated(get(location)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Desk lamp"))
                .andExpect(jsonPath("$.priceCents").value(3999));
        mvc.perform(authenticated(get("/api/products").param("sku", "API-1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Desk lamp"));
    }

    @Test
    void updateChangesTheProduct() throws Exception {
        String location = mvc.perform(authenticated(post("/api/products"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sku\":\"API-2\",\"name\":\"Chair\",\"priceCents\":100}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(authenticated(put(location))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Office chair\",\"priceCents\":150}"))
                .andExpect(status().isOk());
        mvc.perform(authenticated(get(location)))
                .andExpect(jsonPath("$.name").value("Office chair"))
                .andExpect(jsonPath("$.sku").value("API-2"));
    }

    @Test
    void invalidRequestIsAProblemDetail() throws Exception {
        mvc.perform(authenticated(post("/api/products"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sku\":\"\",\"name\":\"\",\"priceCents\":-1}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.correlationId").exists())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("name", "priceCents", "sku", "sku")))
                .andExpect(jsonPath("$.errors[?(@.field == 'priceCents')].message")
                        .value(contains("must be greater than or equal to 0")));
    }

    @Test
    void fractionalOrMissingPriceIsRejected() throws Exception {
        mvc.perform(authenticated(post("/api/products"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sku\":\"API-FLOAT\",\"name\":\"Float\",\"priceCents\":12.99}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("priceCents"));
        mvc.perform(authenticated(post("/api/products"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sku\":\"API-FLOAT\",\"name\":\"Float\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("priceCents"));
        mvc.perform(authenticated(get("/api/products").param("sku", "API-FLOAT")))
                .andExpect(status().isNotFound());
    }

    @Test
    void unknownProductIsA404ProblemDetail() throws Exception {
        mvc.perform(authenticated(get("/api/products/{id}", 987_654_321L)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Product not found"));
    }

    @Test
    void duplicateSkuIsA409ProblemDetail() throws Exception {
        String body = "{\"sku\":\"API-DUP\",\"name\":\"Mug\",\"priceCents\":5}";
        mvc.perform(authenticated(post("/api/products")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());
        mvc.perform(authenticated(post("/api/products")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Duplicate SKU"));
    }

    @Test
    void correlationIdIsEchoedAndLogged(CapturedOutput output) throws Exception {
        mvc.perform(authenticated(post("/api/products"))
                        .header(CorrelationIdFilter.HEADER, "test-corr-42")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sku\":\"API-CORR\",\"name\":\"Pen\",\"priceCents\":1}"))
                .andExpect(status().isCreated())
                .andExpect(header().string(CorrelationIdFilter.HEADER, "test-corr-42"));

        assertThat(output.getOut())
                .containsPattern("test-corr-42.*Created product|Created product.*test-corr-42");
    }

    @Test
    void malformedCorrelationIdIsReplaced() throws Exception {
        mvc.perform(authenticated(get("/api/products/{id}", 987_654_321L))
                        .header(CorrelationIdFilter.HEADER, "bad id\nwith newline"))
                .andExpect(header().string(CorrelationIdFilter.HEADER, matchesPattern("[0-9a-f-]{36}")));
    }

    private static MockHttpServletRequestBuilder authenticated(MockHttpServletRequestBuilder request) {
<#if features.security>
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestJwt.token("test-user"));
<#else>
        return request;
</#if>
    }
}
