package dev.stratum.audit.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.audit.AuditedTree;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every property source an application loads, and which profiles are production. */
class ConfigSourcesTest {
    @TempDir
    Path root;

    @Test
    void productionIsTheDefaultAndEveryProfileNotNamedLikeDevelopmentOrTests() {
        assertThat(List.of("", "prod", "staging", "kubernetes", "aws", "!dev", "dev | prod", "eu-west"))
                .allSatisfy(p -> assertThat(Profiles.isProduction(p)).as(p).isTrue());
        assertThat(List.of("dev", "test", "local", "h2", "ci", "e2e", "docker-compose", "dev-local", "integration-test",
                "testcontainers", "!prod", "localdb", "development", "unittest", "it", "integration", "systemTest", "testdb",
                "acceptance-tests")).allSatisfy(p -> assertThat(Profiles.isProduction(p)).as(p).isFalse());
    }

    @Test
    void aStagingProfileIsProductionAndADevDocumentIsNot() {
        AuditedTree tree = new AuditedTree(root);
        tree.write("src/main/resources/application.yml", """
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
        assertThat(tree.locations("DB001")).containsExactly("src/main/resources/application.yml:15");
    }

    @Test
    void importedPropertySourceAndNativeHibernateFilesAreRead() {
        AuditedTree tree = new AuditedTree(root);
        tree.pomXml("<project><dependencies></dependencies></project>");
        tree.write("src/main/resources/application.properties", "spring.config.import=optional:classpath:db.yml,configserver:\n");
        tree.write("src/main/resources/db.yml", "spring:\n  jpa:\n    hibernate:\n      ddl-auto: update\n");
        tree.write("src/main/java/app/JpaConfig.java", """
                package app;
                @org.springframework.context.annotation.PropertySource("classpath:jpa.properties")
                class JpaConfig { }
                """);
        tree.write("src/main/resources/jpa.properties", "# loaded by JpaConfig\nspring.jpa.properties.hibernate.hbm2ddl.auto=create\n");
        tree.write("src/main/resources/META-INF/persistence.xml", """
                <persistence>
                  <persistence-unit name="orders">
                    <properties>
                      <property name="hibernate.hbm2ddl.auto" value="update"/>
                    </properties>
                  </persistence-unit>
                </persistence>
                """);
        tree.write("src/main/resources/unused.properties", "spring.jpa.hibernate.ddl-auto=update\n");
        assertThat(tree.locations("DB001")).containsExactlyInAnyOrder("src/main/resources/db.yml:4",
                "src/main/resources/jpa.properties:2", "src/main/resources/META-INF/persistence.xml:4");
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
    void aProfileTheMainFileActivatesIsProductionUnlessTheModuleHasAProductionProfile() {
        AuditedTree tree = new AuditedTree(root);
        tree.pomXml(POM.formatted(""));
        tree.write("src/main/resources/application.yml", "spring.profiles.active: ${PROFILE:dev}\n");
        tree.write("src/main/resources/application-dev.yml", "spring.jpa.hibernate.ddl-auto: create-drop\n");
        assertThat(tree.locations("DB001")).containsExactly("src/main/resources/application-dev.yml:1");
        tree.write("src/main/resources/application-prod.yml", "spring.jpa.hibernate.ddl-auto: validate\n");
        assertThat(tree.locations("DB001")).isEmpty();
    }

    @Test
    void includedProfilesAndGroupMembersAreAlwaysOn() {
        AuditedTree tree = new AuditedTree(root);
        tree.pomXml(POM.formatted(""));
        tree.write("src/main/resources/application.yml", """
                spring.profiles.include: base
                spring.profiles.group.base: devdb
                """);
        tree.write("src/main/resources/application-prod.yml", "spring.jpa.hibernate.ddl-auto: validate\n");
        tree.write("src/main/resources/application-devdb.yml", "spring.jpa.hibernate.ddl-auto: update\n");
        assertThat(tree.locations("DB001")).containsExactly("src/main/resources/application-devdb.yml:1");
    }

    @Test
    void anOptInProfileOnAnInMemoryDatabaseIsALocalRun() {
        AuditedTree tree = new AuditedTree(root);
        tree.pomXml(POM.formatted(""));
        tree.write("src/main/resources/application.yml", "spring.datasource.url: ${DATABASE_URL}\n");
        tree.write("src/main/resources/application-standalone.yml", """
                spring.datasource.url: jdbc:h2:mem:app
                spring.jpa.hibernate.ddl-auto: create-drop
                """);
        assertThat(tree.locations("DB001")).isEmpty();
        assertThat(tree.locations("DB010")).isEmpty();
    }

    @Test
    void aPlatformBinderSuppliesTheDatasourceSoH2WithoutAUrlIsNotProduction() {
        AuditedTree tree = new AuditedTree(root);
        tree.write("src/main/resources/application.yml", "spring.application.name: app\n");
        tree.pomXml(POM.formatted(""));
        assertThat(tree.locations("DB010")).containsExactly("pom.xml:6");
        tree.pomXml(POM.formatted(
                "<dependency><groupId>io.pivotal.cfenv</groupId><artifactId>java-cfenv-boot</artifactId><version>2.3.0</version></dependency>"));
        assertThat(tree.locations("DB010")).isEmpty();
    }

    @Test
    void aConfigServersServedFilesBelongToTheServiceTheyAreNamedAfter() {
        AuditedTree tree = new AuditedTree(root);
        tree.pomXml("<project><modelVersion>4.0.0</modelVersion><groupId>x</groupId><artifactId>p</artifactId>"
                + "<version>1</version><packaging>pom</packaging></project>");
        tree.write("billing/pom.xml", POM.formatted(""));
        tree.write("billing/src/main/resources/application.yml", "spring.application.name: billing-service\n");
        tree.write("config/pom.xml", POM.formatted(""));
        tree.write("config/src/main/resources/application.yml",
                "spring.cloud.config.server.native.search-locations: classpath:/served\n");
        tree.write("config/src/main/resources/served/billing-service.yml", "spring.jpa.hibernate.ddl-auto: update\n");
        tree.write("config/src/main/resources/served/billing-service-dev.yml", "spring.jpa.hibernate.ddl-auto: create\n");
        tree.write("config/src/main/resources/elsewhere/billing-service.yml", "spring.jpa.hibernate.ddl-auto: create\n");
        assertThat(tree.locations("DB001")).containsExactly("config/src/main/resources/served/billing-service.yml:1");
    }
}
