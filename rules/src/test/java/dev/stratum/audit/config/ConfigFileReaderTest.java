package dev.stratum.audit.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileReaderTest {
    @TempDir
    Path dir;

    private List<ConfigProperty> read(String name, String text, List<String> warnings) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return ConfigFileReader.read(f, name, warnings::add);
    }

    @Test
    void yamlKeysAreFlattenedWithTheirLinesAndProfileDocuments() throws IOException {
        List<String> warnings = new ArrayList<>();
        List<ConfigProperty> props = read("application.yml", """
                spring:
                  jpa:
                    open-in-view: false
                management.endpoints.web.exposure.include: [health, info]
                ---
                spring:
                  config:
                    activate:
                      on-profile: prod
                  jpa:
                    hibernate:
                      ddl-auto: validate
                """, warnings);
        assertThat(warnings).isEmpty();
        assertThat(props).extracting(p -> p.key() + "=" + p.value() + "@" + p.line() + "/" + p.profile()).containsExactly(
                "spring.jpa.open-in-view=false@3/", "management.endpoints.web.exposure.include=health,info@4/",
                "spring.config.activate.on-profile=prod@9/prod", "spring.jpa.hibernate.ddl-auto=validate@12/prod");
    }

    @Test
    void productionViewLetsProdOverrideTheDefaultWithRelaxedKeys() throws IOException {
        List<ConfigProperty> all = new ArrayList<>(read("application.properties",
                "spring.jpa.hibernate.ddl-auto=update\nserver.shutdown=immediate\n", new ArrayList<>()));
        all.addAll(read("application-prod.yml", "spring:\n  jpa:\n    hibernate:\n      ddlAuto: validate\n", new ArrayList<>()));
        all.addAll(read("application-dev.yml", "server:\n  shutdown: graceful\n", new ArrayList<>()));
        ConfigSet set = new ConfigSet("", all);
        assertThat(set.get("spring.jpa.hibernate.ddl-auto")).get().extracting(ConfigProperty::value, ConfigProperty::file)
                .containsExactly("validate", "application-prod.yml");
        assertThat(set.get("server.shutdown")).get().extracting(ConfigProperty::value).isEqualTo("immediate");
        assertThat(set.profiles()).containsExactly("", "dev", "prod");
    }

    @Test
    void malformedFilesAreWarningsNamingThem() throws IOException {
        List<String> warnings = new ArrayList<>();
        assertThat(read("application.yml", "a: [1, 2\n", warnings)).isEmpty();
        assertThat(read("bootstrap.properties", "x=\\uZZZZ\n", warnings)).isEmpty();
        assertThat(warnings).hasSize(2).allSatisfy(w -> assertThat(w).matches("(application.yml|bootstrap.properties): malformed.*"));
    }
}
