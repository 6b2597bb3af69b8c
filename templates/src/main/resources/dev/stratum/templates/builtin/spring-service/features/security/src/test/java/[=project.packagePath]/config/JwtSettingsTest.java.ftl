package [=project.package].config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The token settings from application.properties are required: no silent default, a start-up that says why. */
class JwtSettingsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(Settings.class);

    @Test
    void startUpFailsNamingEachMissingVariable() {
        runner.withPropertyValues("JWT_ISSUER_URI=", "JWT_JWK_SET_URI=", "JWT_AUDIENCE=").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("set JWT_ISSUER_URI")
                    .hasMessageContaining("set JWT_JWK_SET_URI")
                    .hasMessageContaining("set JWT_AUDIENCE");
        });
    }

    @Test
    void environmentVariablesFillTheSettings() {
        runner.withPropertyValues("JWT_ISSUER_URI=https://issuer.example", "JWT_AUDIENCE=[=project.name],other",
                        "JWT_JWK_SET_URI=https://issuer.example/jwks")
                .run(context -> assertThat(context.getBean(JwtSettings.class))
                        .isEqualTo(new JwtSettings("https://issuer.example", "https://issuer.example/jwks",
                                List.of("[=project.name]", "other"))));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(JwtSettings.class)
    static class Settings {
    }
}
