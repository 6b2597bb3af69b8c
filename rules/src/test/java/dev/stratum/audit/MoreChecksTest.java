package dev.stratum.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks the samples cannot show together with others (they exclude each other), each with a negative case. */
class MoreChecksTest {
    @TempDir
    Path root;

    private static final String SERVICE = """
            package app;
            @org.springframework.stereotype.Service
            class Prices {
                @org.springframework.cache.annotation.Cacheable("prices")
                public long price(String sku) { return 1; }
            }
            """;

    @Test
    void secretInTheDefaultProfileIsReportedEvenWhenProdOverridesIt() {
        AuditedTree tree = new AuditedTree(root);
        tree.write("src/main/java/app/App.java", "package app; class App { }");
        tree.write("src/main/resources/application.yml", "spring:\n  datasource:\n    password: Pr0d-S3cr3t-Leak\n");
        tree.write("src/main/resources/application-prod.properties", "spring.datasource.password=${DB_PASSWORD}\n");
        List<String> found = tree.idsAndLocations().stream().filter(f -> f.startsWith("SE002")).toList();
        assertThat(found).containsExactly("SE002 src/main/resources/application.yml:3");
        assertThat(tree.audit().findings())
                .allSatisfy(f -> assertThat(f.message()).doesNotContain("Pr0d-S3cr3t-Leak"));

        tree.write("src/main/resources/application.yml", "spring:\n  datasource:\n    password: ${DB_PASSWORD}\n");
        assertThat(tree.idsAndLocations()).noneMatch(f -> f.startsWith("SE002"));

        // a dev profile's local password is not a production credential; a real token format is, in any profile
        tree.write("src/main/resources/application-dev.yml", "spring.datasource.password: dev-only-password\n"
                + "aws.key: AKIAABCDEFGHIJKLMNOP\n");
        assertThat(tree.idsAndLocations()).filteredOn(f -> f.startsWith("SE002"))
                .containsExactly("SE002 src/main/resources/application-dev.yml:2");
    }

    @Test
    void cacheableWithoutEnableCaching() {
        AuditedTree tree = new AuditedTree(root);
        tree.write("src/main/java/app/Prices.java", SERVICE);
        assertThat(tree.idsAndLocations()).containsExactly("CA004 src/main/java/app/Prices.java:4");
        tree.write("src/main/java/app/App.java", "package app; @org.springframework.cache.annotation.EnableCaching class App { }");
        assertThat(tree.idsAndLocations()).isEmpty();
    }

    @Test
    void simpleCacheProviderWhenCachingHasNoLibrary() {
        AuditedTree tree = new AuditedTree(root);
        tree.pom(null, "spring-boot-starter-cache");
        tree.write("src/main/java/app/App.java", "package app; @org.springframework.cache.annotation.EnableCaching class App { }");
        assertThat(tree.idsAndLocations()).containsExactly("CA005 pom.xml:2");
        tree.pom(null, "spring-boot-starter-cache", "caffeine");
        tree.write("src/main/resources/application.yml", "spring.cache.caffeine.spec: maximumSize=100,expireAfterWrite=5m\n");
        assertThat(tree.idsAndLocations()).isEmpty();
    }

    @Test
    void explicitSimpleCacheTypeIsReportedAtItsLine() {
        AuditedTree tree = new AuditedTree(root);
        tree.write("src/main/resources/application.properties", "# caches\nspring.cache.type=simple\n");
        tree.write("src/main/java/app/App.java", "package app; class App { }");
        assertThat(tree.idsAndLocations()).containsExactly("CA005 src/main/resources/application.properties:2");
    }

    @Test
    void noCacheAbstractionInADataBackedWebService() {
        AuditedTree tree = new AuditedTree(root);
        tree.pom(null, "spring-boot-starter-web", "spring-boot-starter-data-jpa", "flyway-core",
                "spring-boot-starter-security");
        tree.write("src/main/resources/application.yml", """
                spring:
                  jpa.open-in-view: false
                  datasource.hikari.maximum-pool-size: 10
                  datasource.url: ${DB_URL}
                """);
        tree.write("src/main/java/app/Repo.java", "package app; interface Repo extends org.springframework.data.repository.CrudRepository<Item, Long> { }");
        tree.write("src/main/java/app/Api.java", """
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
        assertThat(tree.idsAndLocations()).contains("CA008 pom.xml:2").doesNotContain("DB002 pom.xml:2");
    }

    @Test
    void entitiesWithoutMigrations() {
        AuditedTree tree = new AuditedTree(root);
        tree.pom(null, "spring-boot-starter-data-jpa");
        tree.write("src/main/java/app/Item.java", "package app; @jakarta.persistence.Entity class Item { @jakarta.persistence.Id Long id; }");
        assertThat(tree.idsAndLocations()).contains("DB002 pom.xml:3");
        tree.write("src/main/resources/db/migration/V1__init.sql", "create table item (id bigint primary key);");
        assertThat(tree.idsAndLocations()).doesNotContain("DB002 pom.xml:3");
    }
}
