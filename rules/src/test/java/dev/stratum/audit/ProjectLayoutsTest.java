package dev.stratum.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gradle projects, multi-module Maven projects and bare source trees are all audited. */
class ProjectLayoutsTest {
    @TempDir
    Path root;

    private static final String CONTROLLER = """
            package app;
            @org.springframework.web.bind.annotation.RestController
            class Hello {
                @org.springframework.web.bind.annotation.GetMapping("/") String hi() { return "hi"; }
            }
            """;

    @Test
    void gradleProjectDependenciesAreRead() {
        AuditedTree tree = new AuditedTree(root);
        tree.write("build.gradle.kts", """
                plugins { id("org.springframework.boot") version "3.5.0" }
                dependencies {
                    implementation("org.springframework.boot:spring-boot-starter-web")
                }
                """);
        tree.write("src/main/java/app/Hello.java", CONTROLLER);
        assertThat(tree.audit().findings()).extracting(f -> f.id() + " " + f.file() + ":" + f.line())
                .containsExactlyInAnyOrder("MO001 build.gradle.kts:2", "SE003 build.gradle.kts:2");
    }

    @Test
    void multiModuleMavenConfigIsGroupedPerModule() {
        AuditedTree tree = new AuditedTree(root);
        tree.modules("api", "worker");
        tree.write("api/pom.xml", "<project><dependencies><dependency><artifactId>spring-boot-starter-web</artifactId>"
                + "</dependency></dependencies></project>");
        tree.write("worker/pom.xml", "<project><dependencies></dependencies></project>");
        tree.write("api/src/main/java/app/Hello.java", CONTROLLER);
        tree.write("api/src/main/resources/application.yml", "spring.jpa.hibernate.ddl-auto: validate\n");
        tree.write("worker/src/main/resources/application.properties", "spring.jpa.hibernate.ddl-auto=create-drop\n");
        tree.write("worker/src/test/resources/application.properties", "spring.jpa.hibernate.ddl-auto=create\n");
        assertThat(tree.locations("DB001")).containsExactly("worker/src/main/resources/application.properties:1");
    }

    @Test
    void bareSourceTreeWithoutBuildFileHasOnlySourceFindings() {
        AuditedTree tree = new AuditedTree(root);
        tree.write("Hello.java", CONTROLLER.replace("String hi() {", "String hi() { System.out.println(1);"));
        assertThat(tree.audit().findings()).extracting(f -> f.id()).containsExactly("MO005");
    }
}
