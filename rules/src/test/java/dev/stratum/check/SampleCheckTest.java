package dev.stratum.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.config.StratumConfig;
import dev.stratum.finding.Finding;
import dev.stratum.finding.Report;
import dev.stratum.finding.Tool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The samples under samples/ have exactly the findings listed beside them in expected-check.txt. */
class SampleCheckTest {
    static Report check(Path project) {
        StratumConfig config = StratumConfig.load(null, project).config();
        return ArchCheck.run(new ArchCheck.Request(List.of(project), config.check(), List.of(), new Tool("stratum", "test")));
    }

    static List<String> lines(Report report) {
        return report.findings().stream().map(SampleCheckTest::line).toList();
    }

    static String line(Finding f) {
        return f.id() + " " + f.file() + ":" + f.line();
    }

    static List<String> expected(String sample) throws IOException {
        return Files.readAllLines(SampleProject.SAMPLES.resolve(sample).resolve("expected-check.txt")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    @Test
    void layered_shop_has_exactly_the_expected_findings(@TempDir Path dir) throws IOException {
        Report report = check(SampleProject.compile("layered-shop", dir));

        assertThat(lines(report)).containsExactlyInAnyOrderElementsOf(expected("layered-shop"));
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void sarif_of_a_real_run_validates_against_the_sarif_schema(@TempDir Path dir) throws IOException {
        Report report = check(SampleProject.compile("layered-shop", dir));
        java.io.StringWriter out = new java.io.StringWriter();
        new dev.stratum.report.SarifReporter().write(report, out);
        com.fasterxml.jackson.databind.JsonNode sarif = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
        try (java.io.InputStream schema = dev.stratum.report.SarifReporter.class.getResourceAsStream("sarif-schema-2.1.0.json")) {
            assertThat(com.networknt.schema.SchemaRegistry.withDefaultDialect(com.networknt.schema.SpecificationVersion.DRAFT_4)
                    .getSchema(schema).validate(sarif)).isEmpty();
        }
        assertThat(sarif.at("/runs/0/results")).hasSize(expected("layered-shop").size());
        assertThat(sarif.at("/runs/0/tool/driver/rules").findValuesAsText("id")).contains("layers", "cycles", "security-weak-hash");
    }

    @Test
    void security_shop_flags_each_violation_and_no_clean_counterpart(@TempDir Path dir) throws IOException {
        Report report = check(SampleProject.compile("security-shop", dir));

        assertThat(lines(report)).containsExactlyInAnyOrderElementsOf(expected("security-shop"));
        assertThat(lines(report)).noneMatch(l -> l.contains("Secure") || l.contains("Strict") || l.contains("Converter")
                || l.contains("PaymentService"));
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void clean_shop_has_no_findings(@TempDir Path dir) throws IOException {
        Report report = check(SampleProject.compile("clean-shop", dir));

        assertThat(lines(report)).isEmpty();
        assertThat(report.rules()).hasSizeGreaterThan(10);
        assertThat(report.warnings()).isEmpty();
    }
}
