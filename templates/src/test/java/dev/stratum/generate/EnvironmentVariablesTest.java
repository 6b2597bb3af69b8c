package dev.stratum.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EnvironmentVariablesTest {

    @Test
    void placeholdersNestedInADefaultAreFoundAndTheDefaultKeptWhole() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", "${DB_URL:jdbc:postgresql://localhost:5432/app?sslmode=${DB_SSL_MODE:prefer}}");
        properties.put("spring.flyway.password", "${FLYWAY_PASSWORD:${spring.datasource.password}}");
        properties.put("server.port", "${PORT:8080}");

        List<Map<String, Object>> variables = EnvironmentVariables.of(properties);

        assertThat(variables).extracting(v -> v.get("name"))
                .containsExactly("DB_URL", "DB_SSL_MODE", "FLYWAY_PASSWORD", "PORT");
        assertThat(variables.get(0)).containsEntry("default", "jdbc:postgresql://localhost:5432/app?sslmode=${DB_SSL_MODE:prefer}");
        assertThat(variables.get(1)).containsEntry("default", "prefer")
                .containsEntry("properties", List.of("spring.datasource.url"));
        assertThat(variables.get(2)).containsEntry("default", "${spring.datasource.password}").containsEntry("secret", true);
        assertThat(variables.get(3)).containsEntry("default", "8080").containsEntry("secret", false);
    }

    @Test
    void aVariableWithoutDefaultOrAnUnclosedPlaceholderIsHandled() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("a", "${JWT_AUDIENCE}");
        properties.put("b", "${BROKEN:no end");

        assertThat(EnvironmentVariables.of(properties)).singleElement()
                .satisfies(v -> assertThat(v).containsEntry("name", "JWT_AUDIENCE").containsEntry("hasDefault", false));
    }
}
