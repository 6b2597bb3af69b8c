package [=project.package].web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import [=project.package].AbstractIntegrationTest;

/**
 * The dev profile (application-dev.properties) publishes the OpenAPI document and Swagger UI<#if features.security>, without a token</#if>.
 * A second application context, started once for this class.
 */
@ActiveProfiles("dev")
class OpenApiDevProfileTest extends AbstractIntegrationTest {

    private final MockMvc mvc;

    OpenApiDevProfileTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @Test
    void documentDescribesTheApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/products/{id}']").exists());
        mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
    }
}
