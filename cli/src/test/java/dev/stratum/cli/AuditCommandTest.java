package dev.stratum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** stratum audit end to end, in-process: exit codes, formats, config, and the generated service scoring 100. */
class AuditCommandTest {
    static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    private static String sample(String name) {
        return SAMPLES.resolve(name).toString();
    }

    @Test
    void highFindingsFailTheDefaultGateAndTextShowsScoresFirst() {
        CliRun run = CliRun.of("audit", sample("audit-leaky-security"), "--no-cache", "-q");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).startsWith("area ").contains("security", "SE008", "fix: ")
                .doesNotContain("Pr0d-S3cr3t", "pk9Xr2LmQ7vT4wZ8sN3bYc");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void gateOptionsChangeTheExitCode() {
        String caching = sample("audit-leaky-caching");
        assertThat(CliRun.of("audit", caching, "--no-cache", "-q").exitCode()).isZero(); // only medium findings
        assertThat(CliRun.of("audit", caching, "--no-cache", "-q", "--fail-on", "medium").exitCode()).isEqualTo(1);
        assertThat(CliRun.of("audit", sample("audit-leaky-security"), "--no-cache", "-q", "--exit-zero").exitCode()).isZero();
        assertThat(CliRun.of("audit", sample("audit-leaky-security"), "--no-cache", "-q", "--only", "caching,resilience")
                .exitCode()).isZero();
    }

    @Test
    void jsonContractAndHtmlFileAreWritten() throws IOException {
        Path html = tmp.resolve("report/audit.html");
        CliRun run = CliRun.of("audit", sample("audit-leaky-database"), "--no-cache", "-q", "-f", "json",
                "-f", "html:" + html);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("version").asInt()).isEqualTo(2);
        assertThat(json.get("scores").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("caching", "database", "monitoring", "security", "resilience", "overall");
        JsonNode first = json.get("findings").get(0);
        assertThat(first.fieldNames()).toIterable().contains("id", "area", "severity", "title", "message", "file",
                "line", "endLine", "fingerprint", "fix");
        assertThat(first.get("file").asText()).doesNotStartWith("/");
        assertThat(html).content().startsWith("<!DOCTYPE html>").contains("<svg ", "DB001");
    }

    @Test
    void checksAreListed() {
        CliRun run = CliRun.of("audit", "--checks");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().count()).isGreaterThan(30);
        assertThat(CliRun.of("audit", "--checks", "--only", "security").out()).contains("SE001").doesNotContain("DB001");
    }

    @Test
    void badFlagsAndConfigAreUsageErrorsAndMissingInputIsExitThree() throws IOException {
        CliRun area = CliRun.of("audit", sample("audit-clean"), "--only", "speed");
        assertThat(area.exitCode()).isEqualTo(2);
        assertThat(area.isOneLineError()).as(area.err()).isTrue();

        Path config = tmp.resolve("stratum.yaml");
        Files.writeString(config, "audit:\n  disable: [XX001]\n");
        CliRun unknown = CliRun.of("audit", sample("audit-clean"), "--config", config.toString(), "-q");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("audit.disable: unknown check 'XX001'");

        CliRun missing = CliRun.of("audit", tmp.resolve("nope").toString());
        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(missing.isOneLineError()).as(missing.err()).isTrue();
    }

    @Test
    void badFormatOrGateIsRejectedBeforeTheAuditRuns() throws IOException {
        Path project = tmp.resolve("project");
        Files.createDirectories(project.resolve("src/main/java/app"));
        Files.writeString(project.resolve("src/main/java/app/A.java"), "package app;\nclass A {}\n");
        for (String[] flags : new String[][] {{"-f", "pdf"}, {"--fail-on", "nope"}}) {
            CliRun run = CliRun.of("audit", project.toString(), flags[0], flags[1]);
            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(run.isOneLineError()).as(run.err()).isTrue();
            assertThat(run.err()).doesNotContain("audited");
            assertThat(project.resolve(".stratum")).doesNotExist();
        }
    }

    @Test
    void aBadExcludeGlobIsAOneLineUsageError() throws IOException {
        Path config = tmp.resolve("stratum.yaml");
        Files.writeString(config, "audit:\n  exclude: [\"[[\"]\n");
        CliRun run = CliRun.of("audit", sample("audit-clean"), "--config", config.toString(), "--no-cache");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.isOneLineError()).as(run.err()).isTrue();
        assertThat(run.err()).contains("audit.exclude[0]: invalid glob '[['");
    }

    @Test
    void configSectionDisablesOverridesAndExcludes() throws IOException {
        Path config = tmp.resolve("stratum.yaml");
        Files.writeString(config, """
                audit:
                  disable: [SE002]
                  severity:
                    SE008: low
                    SE001: low
                    SE004: low
                    SE005: low
                    SE006: low
                    SE007: low
                    SE011: low
                    SE019: low
                    SE020: low
                  exclude: ["**/config/**"]
                """);
        CliRun run = CliRun.of("audit", sample("audit-leaky-security"), "--config", config.toString(), "-q",
                "--no-cache", "-f", "json");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).doesNotContain("SE002", "SecurityConfig.java");
    }

    @Test
    void theGeneratedServiceAuditsWithoutFindings() throws IOException {
        Path project = tmp.resolve("svc");
        CliRun generated = CliRun.of("new", "orders-service", "--group", "com.acme", "--batch", "--dir", project.toString());
        assertThat(generated.exitCode()).as(generated.err()).isZero();

        CliRun run = CliRun.of("audit", project.toString(), "--no-cache", "-q", "-f", "json", "--exit-zero");
        JsonNode json = new ObjectMapper().readTree(run.out());
        java.util.List<String> ids = new java.util.ArrayList<>();
        json.get("findings").forEach(f -> ids.add(f.get("id").asText()));
        assertThat(ids).as(run.out()).isEmpty();
        assertThat(run.exitCode()).isZero();
    }
}
