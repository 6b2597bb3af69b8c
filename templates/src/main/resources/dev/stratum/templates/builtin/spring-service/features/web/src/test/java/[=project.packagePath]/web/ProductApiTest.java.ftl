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

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
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
    void updateNeedsTheCurrentETag() throws Exception {
        MvcResult created = mvc.perform(authenticated(post("/api/products"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sku\":\"API-2\",\"name\":\"Chair\",\"priceCents\":100}"))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andReturn();
        String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
        String update = "{\"name\":\"Office chair\",\"priceCents\":150}";

        mvc.perform(authenticated(put(location)).contentType(MediaType.APPLICATION_JSON).content(update))
                .andExpect(status().isPreconditionRequired())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(authenticated(put(location)).header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(update))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.sku").value("API-2"))
                .andExpect(jsonPath("$.version").value(1));
        // A second client still holding version 0 must not overwrite the first one's change.
        mvc.perform(authenticated(put(location)).header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Stool\",\"priceCents\":1}"))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.correlationId").exists());
        mvc.perform(authenticated(get(location)))
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.name").value("Office chair"))
                .andExpect(jsonPath("$.createdAt").exists())
                .andExpect(jsonPath("$.updatedAt").exists());
        mvc.perform(authenticated(get(location)).header(HttpHeaders.IF_NONE_MATCH, "\"1\""))
                .andExpect(status().isNotModified());
        mvc.perform(authenticated(put(location)).header(HttpHeaders.IF_MATCH, "*")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Any\",\"priceCents\":2}"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""));
    }

    @Test
    void listIsPagedInIdOrderWithABoundedPageSize() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(authenticated(post("/api/products")).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"sku\":\"API-PAGE-" + i + "\",\"name\":\"Page\",\"priceCents\":1}"))
                    .andExpect(status().isCreated());
        }
        String first = mvc.perform(authenticated(get("/api/products").param("page", "0").param("size", "2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(2))
                .andReturn().getResponse().getContentAsString();
        assertThat(first).doesNotContain("pageable");
        List<Number> found = JsonPath.read(first, "$.items[*].id");
        List<Long> ids = found.stream().map(Number::longValue).toList();
        assertThat(ids).isSorted().doesNotHaveDuplicates();
        mvc.perform(authenticated(get("/api/products").param("size", "100000")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(100));
        mvc.perform(authenticated(get("/api/products").param("page", "-1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
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
