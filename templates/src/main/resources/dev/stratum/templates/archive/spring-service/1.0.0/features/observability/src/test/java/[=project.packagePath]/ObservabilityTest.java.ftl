<#assign cache = features["cache-caffeine"] || features["cache-redis"]>
package [=project.package];

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;

/** Health probes and Prometheus scraping work<#if features.security> without a token</#if>. */
class ObservabilityTest extends AbstractIntegrationTest {

    private final MockMvc mvc;

    ObservabilityTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @Test
    void healthIsUp() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void livenessAndReadinessProbesAreUp() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void prometheusServesMetrics() throws Exception {
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")))
<#if features.postgres>
                .andExpect(content().string(containsString("hikaricp_connections")))
</#if>
<#if cache>
                .andExpect(content().string(containsString("cache_gets")))
</#if>
                .andExpect(content().string(containsString("application=\"[=project.name]\"")));
    }
}
