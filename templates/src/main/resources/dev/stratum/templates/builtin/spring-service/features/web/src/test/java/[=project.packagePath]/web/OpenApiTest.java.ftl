package [=project.package].web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
<#if features.security>
import org.springframework.http.HttpHeaders;
</#if>
import org.springframework.test.web.servlet.MockMvc;

import [=project.package].AbstractIntegrationTest;
<#if features.security>
import [=project.package].TestJwt;
</#if>

/** Outside the dev profile the OpenAPI document and Swagger UI are not published (OpenApiDevProfileTest: inside). */
class OpenApiTest extends AbstractIntegrationTest {

    private final MockMvc mvc;

    OpenApiTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @Test
    void documentAndUiAreOffByDefault() throws Exception {
        for (String path : new String[] {"/v3/api-docs", "/swagger-ui.html"}) {
<#if features.security>
            mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + TestJwt.token("dev")))
<#else>
            mvc.perform(get(path))
</#if>
                    .andExpect(status().isNotFound());
        }
    }
}
