package dev.stratum.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the built-in spring-service template writes besides code: wrapper, editor settings, honest descriptions. */
class SpringServiceTemplateTest {
    private static final String PKG = "src/main/java/com/example/demo/";

    @TempDir
    Path tmp;

    private Path generate(List<String> features) {
        Path out = tmp.resolve("demo");
        new Generator("9.9.9").generate(new ProjectSpec("demo", null, null, 17, features, Map.of(), null), out, false, false);
        return out;
    }

    @Test
    void aWebOnlyProjectDescribesAndKeepsOnlyWhatItHas() throws IOException {
        Path out = generate(List.of("web"));

        String description = "demo: Spring Boot 4 service (REST API)";
        assertThat(out.resolve("pom.xml")).content().contains("<description>" + description + "</description>");
        assertThat(out.resolve(PKG + "config/OpenApiConfig.java")).content().contains(description);
        for (Path file : List.of(out.resolve("pom.xml"), out.resolve("README.md"), out.resolve(PKG + "config/OpenApiConfig.java"),
                out.resolve(PKG + "service/ProductService.java"), out.resolve(PKG + "web/CorrelationIdFilter.java"))) {
            assertThat(Files.readString(file)).as("%s", out.relativize(file))
                    .doesNotContainIgnoringCase("PostgreSQL").doesNotContainIgnoringCase("cache")
                    .doesNotContainIgnoringCase("redis").doesNotContainIgnoringCase("observability")
                    .doesNotContainIgnoringCase("JWT").doesNotContainIgnoringCase("security")
                    .doesNotContainIgnoringCase("jib").doesNotContainIgnoringCase("ArchUnit")
                    .doesNotContainIgnoringCase("prometheus");
        }
        assertThat(out.resolve("src/test/java/com/example/demo/TestPostgres.java")).doesNotExist();
        assertThat(out.resolve("src/test/java/com/example/demo/TestRedis.java")).doesNotExist();
        assertThat(out.resolve("src/test/java/com/example/demo/TestJwt.java")).doesNotExist();
    }

    @Test
    void theDefaultDescriptionNamesEverySelectedFeature() {
        Path out = generate(null);
        assertThat(out.resolve("pom.xml")).content().contains("<description>demo: Spring Boot 4 service (REST API, "
                + "PostgreSQL, Caffeine cache, observability, JWT security, container image, Kubernetes manifests, ArchUnit)</description>");
    }

    @Test
    void theMavenWrapperIsScriptOnlyExecutableAndKeepsItsLineEndings() throws IOException {
        Path out = generate(List.of("web"));

        String unix = Files.readString(out.resolve("mvnw"), StandardCharsets.UTF_8);
        assertThat(unix).startsWith("#!/bin/sh\n").doesNotContain("\r");
        assertThat(Files.readString(out.resolve("mvnw.cmd"), StandardCharsets.UTF_8)).contains("\r\n");
        assertThat(out.resolve(".mvn/wrapper/maven-wrapper.properties")).content()
                .contains("wrapperVersion=3.3.4", "distributionType=only-script",
                        "distributionUrl=https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/",
                        "distributionSha256Sum=");
        assertThat(out.resolve(".mvn/wrapper/maven-wrapper.jar")).doesNotExist();
        assertThat(out.resolve(".gitattributes")).content().contains("mvnw text eol=lf", "*.cmd text eol=crlf");
        assertThat(out.resolve(".editorconfig")).content().contains("root = true");
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file modes");
        assertThat(Files.getPosixFilePermissions(out.resolve("mvnw"))).contains(PosixFilePermission.OWNER_EXECUTE);
        assertThat(Files.getPosixFilePermissions(out.resolve("mvnw.cmd"))).doesNotContain(PosixFilePermission.OWNER_EXECUTE);
    }
}
