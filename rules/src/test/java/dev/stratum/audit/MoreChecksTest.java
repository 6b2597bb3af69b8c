package dev.stratum.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks the samples cannot show together with others (they exclude each other), each with a negative case. */
class MoreChecksTest {
    @TempDir
    Path root;

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private List<String> ids() {
        return AuditEngine.standard().audit(root, AuditOptions.defaults()).report().findings().stream()
                .map(f -> f.id() + " " + f.file() + ":" + f.line()).toList();
    }

    private static String pom(String... artifacts) {
        StringBuilder deps = new StringBuilder();
        for (String a : artifacts) {
            deps.append("<dependency><artifactId>").append(a).append("</artifactId></dependency>\n");
        }
        return "<project>\n<dependencies>\n" + deps + "</dependencies>\n</project>\n";
    }

    private static final String SERVICE = """
            package app;
            @org.springframework.stereotype.Service
            class Prices {
                @org.springframework.cache.annotation.Cacheable("prices")
                public long price(String sku) { return 1; }
            }
            """;

    @Test
    void secretInTheDefaultProfileIsReportedEvenWhenProdOverridesIt() throws IOException {
        write("src/main/java/app/App.java", "package app; class App { }");
        write("src/main/resources/application.yml", "spring:\n  datasource:\n    password: Pr0d-S3cr3t-Leak\n");
        write("src/main/resources/application-prod.properties", "spring.datasource.password=${DB_PASSWORD}\n");
        List<String> found = ids().stream().filter(f -> f.startsWith("SE002")).toList();
        assertThat(found).containsExactly("SE002 src/main/resources/application.yml:3");
        assertThat(AuditEngine.standard().audit(root, AuditOptions.defaults()).report().findings())
                .allSatisfy(f -> assertThat(f.message()).doesNotContain("Pr0d-S3cr3t-Leak"));

        write("src/main/resources/application.yml", "spring:\n  datasource:\n    password: ${DB_PASSWORD}\n");
        assertThat(ids()).noneMatch(f -> f.startsWith("SE002"));

        // a dev profile's local password is not a production credential; a real token format is, in any profile
        write("src/main/resources/application-dev.yml", "spring.datasource.password: dev-only-password\n"
                + "aws.key: AKIAABCDEFGHIJKLMNOP\n");
        assertThat(ids()).filteredOn(f -> f.startsWith("SE002"))
                .containsExactly("SE002 src/main/resources/application-dev.yml:2");
    }

    @Test
    void cacheableWithoutEnableCaching() throws IOException {
        write("src/main/java/app/Prices.java", SERVICE);
        assertThat(ids()).containsExactly("CA004 src/main/java/app/Prices.java:4");
        write("src/main/java/app/App.java", "package app; @org.springframework.cache.annotation.EnableCaching class App { }");
        assertThat(ids()).isEmpty();
    }

    @Test
    void simpleCacheProviderWhenCachingHasNoLibrary() throws IOException {
        write("pom.xml", pom("spring-boot-starter-cache"));
        write("src/main/java/app/App.java", "package app; @org.springframework.cache.annotation.EnableCaching class App { }");
        assertThat(ids()).containsExactly("CA005 pom.xml:2");
        write("pom.xml", pom("spring-boot-starter-cache", "caffeine"));
        write("src/main/resources/application.yml", "spring.cache.caffeine.spec: maximumSize=100,expireAfterWrite=5m\n");
        assertThat(ids()).isEmpty();
    }

    @Test
    void explicitSimpleCacheTypeIsReportedAtItsLine() throws IOException {
        write("src/main/resources/application.properties", "# caches\nspring.cache.type=simple\n");
        write("src/main/java/app/App.java", "package app; class App { }");
        assertThat(ids()).containsExactly("CA005 src/main/resources/application.properties:2");
    }

    @Test
    void noCacheAbstractionInADataBackedWebService() throws IOException {
        write("pom.xml", pom("spring-boot-starter-web", "spring-boot-starter-data-jpa", "flyway-core",
                "spring-boot-starter-security"));
        write("src/main/resources/application.yml", """
                spring:
                  jpa.open-in-view: false
                  datasource.hikari.maximum-pool-size: 10
                  datasource.url: ${DB_URL}
                """);
        write("src/main/java/app/Repo.java", "package app; interface Repo extends org.springframework.data.repository.CrudRepository<Item, Long> { }");
        write("src/main/java/app/Api.java", """
                package app;
                @org.springframework.web.bind.annotation.RestController
                class Api {
                    private final Repo repo;
                    Api(Repo repo) { this.repo = repo; }
                    @org.springframework.web.bind.annotation.GetMapping("/items/{id}")
                    Item one(long id) { return repo.findById(id).orElseThrow(); }
                }
                """);
        // CA008 needs a controller method that reaches a repository read (a controller merely holding one is not enough)
        assertThat(ids()).contains("CA008 pom.xml:2").doesNotContain("DB002 pom.xml:2");
    }

    @Test
    void entitiesWithoutMigrations() throws IOException {
        write("pom.xml", pom("spring-boot-starter-data-jpa"));
        write("src/main/java/app/Item.java", "package app; @jakarta.persistence.Entity class Item { @jakarta.persistence.Id Long id; }");
        assertThat(ids()).contains("DB002 pom.xml:3");
        write("src/main/resources/db/migration/V1__init.sql", "create table item (id bigint primary key);");
        assertThat(ids()).doesNotContain("DB002 pom.xml:3");
    }
}
