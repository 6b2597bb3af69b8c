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
                "testcontainers", "!prod", "localdb", "development", "unittest", "it", "integration", "systemTest", "testdb",
                "acceptance-tests")).allSatisfy(p -> assertThat(Profiles.isProduction(p)).as(p).isFalse());
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

    private List<String> findings(String id) {
        return AuditEngine.standard().audit(root, AuditOptions.defaults()).report().findings().stream()
                .filter(f -> f.id().equals(id)).map(f -> f.file() + ":" + f.line()).toList();
    }

    private static final String POM = """
            <project><modelVersion>4.0.0</modelVersion>
              <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>3.5.0</version></parent>
              <groupId>x</groupId><artifactId>x</artifactId><version>1</version>
              <dependencies>
                <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-data-jpa</artifactId></dependency>
                <dependency><groupId>com.h2database</groupId><artifactId>h2</artifactId><scope>runtime</scope></dependency>
                %s
              </dependencies>
            </project>
            """;

    @Test
    void aProfileTheMainFileActivatesIsProductionUnlessTheModuleHasAProductionProfile() throws IOException {
        write("pom.xml", POM.formatted(""));
        write("src/main/resources/application.yml", "spring.profiles.active: ${PROFILE:dev}\n");
        write("src/main/resources/application-dev.yml", "spring.jpa.hibernate.ddl-auto: create-drop\n");
        assertThat(ddl()).containsExactly("src/main/resources/application-dev.yml:1");
        write("src/main/resources/application-prod.yml", "spring.jpa.hibernate.ddl-auto: validate\n");
        assertThat(ddl()).isEmpty();
    }

    @Test
    void includedProfilesAndGroupMembersAreAlwaysOn() throws IOException {
        write("pom.xml", POM.formatted(""));
        write("src/main/resources/application.yml", """
                spring.profiles.include: base
                spring.profiles.group.base: devdb
                """);
        write("src/main/resources/application-prod.yml", "spring.jpa.hibernate.ddl-auto: validate\n");
        write("src/main/resources/application-devdb.yml", "spring.jpa.hibernate.ddl-auto: update\n");
        assertThat(ddl()).containsExactly("src/main/resources/application-devdb.yml:1");
    }

    @Test
    void anOptInProfileOnAnInMemoryDatabaseIsALocalRun() throws IOException {
        write("pom.xml", POM.formatted(""));
        write("src/main/resources/application.yml", "spring.datasource.url: ${DATABASE_URL}\n");
        write("src/main/resources/application-standalone.yml", """
                spring.datasource.url: jdbc:h2:mem:app
                spring.jpa.hibernate.ddl-auto: create-drop
                """);
        assertThat(ddl()).isEmpty();
        assertThat(findings("DB010")).isEmpty();
    }

    @Test
    void aPlatformBinderSuppliesTheDatasourceSoH2WithoutAUrlIsNotProduction() throws IOException {
        write("src/main/resources/application.yml", "spring.application.name: app\n");
        write("pom.xml", POM.formatted(""));
        assertThat(findings("DB010")).containsExactly("pom.xml:6");
        write("pom.xml", POM.formatted(
                "<dependency><groupId>io.pivotal.cfenv</groupId><artifactId>java-cfenv-boot</artifactId><version>2.3.0</version></dependency>"));
        assertThat(findings("DB010")).isEmpty();
    }

    @Test
    void aConfigServersServedFilesBelongToTheServiceTheyAreNamedAfter() throws IOException {
        write("pom.xml", "<project><modelVersion>4.0.0</modelVersion><groupId>x</groupId><artifactId>p</artifactId>"
                + "<version>1</version><packaging>pom</packaging></project>");
        write("billing/pom.xml", POM.formatted(""));
        write("billing/src/main/resources/application.yml", "spring.application.name: billing-service\n");
        write("config/pom.xml", POM.formatted(""));
        write("config/src/main/resources/application.yml",
                "spring.cloud.config.server.native.search-locations: classpath:/served\n");
        write("config/src/main/resources/served/billing-service.yml", "spring.jpa.hibernate.ddl-auto: update\n");
        write("config/src/main/resources/served/billing-service-dev.yml", "spring.jpa.hibernate.ddl-auto: create\n");
        write("config/src/main/resources/elsewhere/billing-service.yml", "spring.jpa.hibernate.ddl-auto: create\n");
        assertThat(ddl()).containsExactly("config/src/main/resources/served/billing-service.yml:1");
    }
}
