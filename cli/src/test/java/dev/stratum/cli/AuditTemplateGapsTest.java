package dev.stratum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's rule: every gap of the released spring-service 1.0.0 is flagged by an audit check (or a test fixture).
 * Renders the archived 1.0.0 template as a directory template and asserts the exact findings, check id and file,
 * so a check that stops seeing a gap (or starts crying wolf on this code) fails here.
 */
class AuditTemplateGapsTest {
    static final Path ARCHIVE = Path.of("..", "templates", "src", "main", "resources", "dev", "stratum", "templates",
            "archive", "spring-service", "1.0.0").toAbsolutePath().normalize();
    private static final String JAVA = "src/main/java/com/example/demo/";
    private static final String PROPERTIES = "src/main/resources/application.properties";

    /** The gaps every 1.0.0 service with the default features has, as "ID file". */
    private static final List<String> DEFAULT_GAPS = List.of(
            "SE012 " + PROPERTIES,                       // JWT: signature only, no issuer or audience
            "MO009 " + PROPERTIES,                       // /actuator/prometheus permitted on the application port
            "SE013 " + JAVA + "config/SecurityConfig.java", // 401/403 with empty bodies in a problem+json API
            "MO010 " + JAVA + "web/ApiExceptionHandler.java", // no catch-all handler
            "DB013 " + JAVA + "persistence/Product.java",  // updated by PUT, no @Version
            "DB014 " + PROPERTIES,                       // no statement or transaction timeout
            "SE014 " + PROPERTIES,                       // container image, no forward-headers strategy
            "SE015 " + PROPERTIES);                      // Swagger UI on unless OPENAPI_ENABLED=false

    @TempDir
    Path tmp;

    @Test
    void theDefault100ServiceHasExactlyItsKnownGaps() throws IOException {
        assertThat(findings(generate("default", null))).containsExactlyInAnyOrderElementsOf(DEFAULT_GAPS);
    }

    @Test
    void theRedis100ServiceAlsoStoresCacheValuesWithJavaSerialisation() throws IOException {
        List<String> expected = new ArrayList<>(DEFAULT_GAPS);
        expected.add("CA009 " + PROPERTIES);
        assertThat(findings(generate("redis", "web,postgres,cache-redis,observability,security,image,archunit")))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    private Path generate(String name, String features) {
        Path project = tmp.resolve(name);
        List<String> args = new ArrayList<>(List.of("new", "demo", "--batch", "--dir", project.toString(),
                "--template", ARCHIVE.toString()));
        if (features != null) {
            args.addAll(List.of("--features", features));
        }
        CliRun generated = CliRun.of(args.toArray(String[]::new));
        assertThat(generated.exitCode()).as(generated.err()).isZero();
        return project;
    }

    private static List<String> findings(Path project) throws IOException {
        CliRun run = CliRun.of("audit", project.toString(), "--no-cache", "-q", "-f", "json", "--exit-zero");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        List<String> found = new ArrayList<>();
        json.get("findings").forEach(f -> found.add(f.get("id").asText() + " " + f.get("file").asText()));
        return found;
    }
}
