package dev.stratum.audit.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildReadersTest {
    @TempDir
    Path dir;

    @Test
    void pomDependenciesScopesLinesAndBootVersion() throws IOException {
        Path pom = dir.resolve("pom.xml");
        Files.writeString(pom, """
                <project>
                  <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>3.3.1</version></parent>
                  <dependencies>
                    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-data-jpa</artifactId></dependency>
                    <dependency><groupId>com.h2database</groupId><artifactId>h2</artifactId><scope>test</scope></dependency>
                  </dependencies>
                </project>
                """);
        Dependencies deps = PomReader.read(pom, "pom.xml", w -> { });
        assertThat(deps.springBootVersion()).isEqualTo("3.3.1");
        assertThat(deps.find("spring-boot-starter-data-jpa")).get().extracting(Dependency::line).isEqualTo(4);
        assertThat(deps.has("HikariCP")).as("implied by the starter").isTrue();
        assertThat(deps.has("h2")).as("test scope does not count").isFalse();
    }

    @Test
    void gradleDependencyDeclarationsAreReadAsText() throws IOException {
        Path build = dir.resolve("build.gradle.kts");
        Files.writeString(build, """
                plugins {
                    id("org.springframework.boot") version "3.5.3"
                }
                dependencies {
                    implementation("org.springframework.boot:spring-boot-starter-web")
                    runtimeOnly("org.postgresql:postgresql:42.7.4")
                    testImplementation("org.springframework.boot:spring-boot-starter-test")
                    implementation(group = "io.micrometer", name = "micrometer-registry-prometheus")
                }
                """);
        List<String> warnings = new ArrayList<>();
        Dependencies deps = GradleReader.read(build, "build.gradle.kts", warnings::add);
        assertThat(warnings).isEmpty();
        assertThat(deps.springBootVersion()).isEqualTo("3.5.3");
        assertThat(deps.declared()).extracting(d -> d.artifact() + ":" + d.scope() + "@" + d.line()).containsExactly(
                "spring-boot-starter-web:@5", "postgresql:@6", "spring-boot-starter-test:test@7",
                "micrometer-registry-prometheus:@8");
        assertThat(deps.has("spring-webmvc")).isTrue();
    }
}
