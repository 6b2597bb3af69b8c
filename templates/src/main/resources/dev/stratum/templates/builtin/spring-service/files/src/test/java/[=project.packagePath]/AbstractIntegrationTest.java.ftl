package [=project.package];

<#if features["cache-redis"]>
import org.junit.jupiter.api.extension.ExtendWith;
</#if>
import org.springframework.boot.test.context.SpringBootTest;
<#if features.web>
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
</#if>
<#if features.web>
import org.springframework.context.annotation.Import;
</#if>
<#if features.postgres || features["cache-redis"]>
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
</#if>

/**
 * Base of every Spring test: all of them share this exact configuration, so the application context<#if features.postgres>
 * (and the embedded PostgreSQL)</#if> starts once per test run and is reused.<#if features.web> The server listens on a random
 * port, so a test can use MockMvc or a real HTTP client (container error pages need the latter).</#if>
 */
<#if features.web>
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
<#else>
@SpringBootTest
</#if>
<#if features.web>
@Import({<#if features.security>TestJwt.class, </#if>TestFailures.class})
</#if>
<#if features.web>
@AutoConfigureMockMvc
</#if>
<#if features["cache-redis"]>
@ExtendWith(TestRedis.RequireRedis.class)
</#if>
public abstract class AbstractIntegrationTest {
<#if features.postgres || features["cache-redis"]>

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
<#if features.postgres>
        TestPostgres.register(registry);
</#if>
<#if features["cache-redis"]>
        TestRedis.register(registry);
</#if>
    }
</#if>
}
