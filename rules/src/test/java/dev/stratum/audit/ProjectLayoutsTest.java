package dev.stratum.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.finding.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gradle projects, multi-module Maven projects and bare source trees are all audited. */
class ProjectLayoutsTest {
    @TempDir
    Path root;

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static final String CONTROLLER = """
            package app;
            @org.springframework.web.bind.annotation.RestController
            class Hello {
                @org.springframework.web.bind.annotation.GetMapping("/") String hi() { return "hi"; }
            }
            """;

    private Report audit() {
        return AuditEngine.standard().audit(root, AuditOptions.defaults()).report();
    }

    @Test
    void gradleProjectDependenciesAreRead() throws IOException {
        write("build.gradle.kts", """
                plugins { id("org.springframework.boot") version "3.5.0" }
                dependencies {
                    implementation("org.springframework.boot:spring-boot-starter-web")
                }
                """);
        write("src/main/java/app/Hello.java", CONTROLLER);
        assertThat(audit().findings()).extracting(f -> f.id() + " " + f.file() + ":" + f.line())
                .containsExactlyInAnyOrder("MO001 build.gradle.kts:2", "SE003 build.gradle.kts:2");
    }

    @Test
    void multiModuleMavenConfigIsGroupedPerModule() throws IOException {
        write("pom.xml", "<project><modules><module>api</module><module>worker</module></modules></project>");
        write("api/pom.xml", "<project><dependencies><dependency><artifactId>spring-boot-starter-web</artifactId>"
                + "</dependency></dependencies></project>");
        write("worker/pom.xml", "<project><dependencies></dependencies></project>");
        write("api/src/main/java/app/Hello.java", CONTROLLER);
        write("api/src/main/resources/application.yml", "spring.jpa.hibernate.ddl-auto: validate\n");
        write("worker/src/main/resources/application.properties", "spring.jpa.hibernate.ddl-auto=create-drop\n");
        write("worker/src/test/resources/application.properties", "spring.jpa.hibernate.ddl-auto=create\n");
        Report report = audit();
        assertThat(report.findings()).filteredOn(f -> f.id().equals("DB001"))
                .extracting(f -> f.file() + ":" + f.line())
                .containsExactly("worker/src/main/resources/application.properties:1");
    }

    @Test
    void bareSourceTreeWithoutBuildFileHasOnlySourceFindings() throws IOException {
        write("Hello.java", CONTROLLER.replace("String hi() {", "String hi() { System.out.println(1);"));
        assertThat(audit().findings()).extracting(f -> f.id()).containsExactly("MO005");
    }
}
