package dev.stratum.audit.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.audit.AuditEngine;
import dev.stratum.audit.AuditOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every property source an application loads, and which profiles are production. */
class ConfigSourcesTest {
    @TempDir
    Path root;

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private List<String> ddl() {
        return AuditEngine.standard().audit(root, AuditOptions.defaults()).report().findings().stream()
                .filter(f -> f.id().equals("DB001")).map(f -> f.file() + ":" + f.line()).toList();
    }

    @Test
    void productionIsTheDefaultAndEveryProfileNotNamedLikeDevelopmentOrTests() {
        assertThat(List.of("", "prod", "staging", "kubernetes", "aws", "!dev", "dev | prod", "eu-west"))
                .allSatisfy(p -> assertThat(Profiles.isProduction(p)).as(p).isTrue());
        assertThat(List.of("dev", "test", "local", "h2", "ci", "e2e", "docker-compose", "dev-local", "integration-test",
                "testcontainers", "!prod", "localdb", "development")).allSatisfy(p -> assertThat(Profiles.isProduction(p)).as(p).isFalse());
    }

    @Test
    void aStagingProfileIsProductionAndADevDocumentIsNot() throws IOException {
        write("src/main/resources/application.yml", """
                spring:
                  jpa:
                    hibernate:
                      ddl-auto: validate
                ---
                spring:
                  config:
                    activate:
                      on-profile: dev
                  jpa:
                    hibernate:
                      ddl-auto: create-drop
                ---
                spring.config.activate.on-profile: staging
                spring.jpa.hibernate.ddl-auto: update
                """);
        assertThat(ddl()).containsExactly("src/main/resources/application.yml:15");
    }

    @Test
    void importedPropertySourceAndNativeHibernateFilesAreRead() throws IOException {
        write("pom.xml", "<project><dependencies></dependencies></project>");
        write("src/main/resources/application.properties", "spring.config.import=optional:classpath:db.yml,configserver:\n");
        write("src/main/resources/db.yml", "spring:\n  jpa:\n    hibernate:\n      ddl-auto: update\n");
        write("src/main/java/app/JpaConfig.java", """
                package app;
                @org.springframework.context.annotation.PropertySource("classpath:jpa.properties")
                class JpaConfig { }
                """);
        write("src/main/resources/jpa.properties", "# loaded by JpaConfig\nspring.jpa.properties.hibernate.hbm2ddl.auto=create\n");
        write("src/main/resources/META-INF/persistence.xml", """
                <persistence>
                  <persistence-unit name="orders">
                    <properties>
                      <property name="hibernate.hbm2ddl.auto" value="update"/>
                    </properties>
                  </persistence-unit>
                </persistence>
                """);
        write("src/main/resources/unused.properties", "spring.jpa.hibernate.ddl-auto=update\n");
        assertThat(ddl()).containsExactlyInAnyOrder("src/main/resources/db.yml:4",
                "src/main/resources/jpa.properties:2", "src/main/resources/META-INF/persistence.xml:4");
    }
}
