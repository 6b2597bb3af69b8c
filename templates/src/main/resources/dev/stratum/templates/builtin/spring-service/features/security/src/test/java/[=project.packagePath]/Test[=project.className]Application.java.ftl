package [=project.package];

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Local development only: {@code mvn spring-boot:test-run} starts the service from the test class path (never part
 * of the jar) with the dev profile, the test token issuer<#if features.postgres> and the embedded test PostgreSQL</#if>, then logs a bearer
 * token with both scopes, valid for an hour. These local settings win over the environment; real deployments set
 * JWT_ISSUER_URI, JWT_JWK_SET_URI and JWT_AUDIENCE (see README.md).
 */
public final class Test[=project.className]Application {

    private Test[=project.className]Application() {
    }

    public static void main(String[] args) {
        Map<String, Object> settings = new LinkedHashMap<>();
        DynamicPropertyRegistry registry = (name, value) -> settings.put(name, value.get());
        TestJwt.register(registry);
<#if features.postgres>
        TestPostgres.register(registry);
</#if>
        SpringApplication application = new SpringApplication([=project.className]Application.class);
        application.setAdditionalProfiles("dev");
        application.addInitializers(context -> context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("local-development", settings)));
        application.run(args);
        LoggerFactory.getLogger(Test[=project.className]Application.class)
                .info("Local bearer token (scopes products:read products:write, 1 hour): {}", TestJwt.token("developer"));
    }
}
