package dev.stratum.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.finding.Finding;
import dev.stratum.finding.Report;
import dev.stratum.finding.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Each sample under samples/ lists its exact expected findings in expected-audit.txt ("ID file:line"). */
class AuditSamplesTest {
    static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();

    @ParameterizedTest
    @ValueSource(strings = {"audit-clean", "audit-leaky-caching", "audit-leaky-database", "audit-leaky-monitoring",
            "audit-leaky-security", "audit-leaky-resilience", "audit-leaky-service", "audit-fixed-service", "audit-lookalikes", "audit-leaky-partners",
            "audit-leaky-clients", "audit-leaky-data", "audit-leaky-mybatis",
            "audit-multi-module", "audit-leaky-auth",
            "audit-leaky-config"})
    void sampleHasExactlyTheExpectedFindings(String sample) throws IOException {
        Path dir = SAMPLES.resolve(sample);
        List<String> expected = Files.readAllLines(dir.resolve("expected-audit.txt")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
        Report report = AuditEngine.standard().audit(dir, AuditOptions.defaults()).report();
        List<String> actual = report.findings().stream().map(AuditSamplesTest::line).sorted().toList();
        assertThat(actual).as("findings of %s:%n%s", sample, describe(report)).containsExactlyElementsOf(expected);
        assertThat(report.warnings()).as("processing warnings of %s", sample).isEmpty();
    }

    @Test
    void cleanSampleHasNothingAtMediumOrAboveAndScoresHundred() {
        AuditResult result = AuditEngine.standard().audit(SAMPLES.resolve("audit-clean"), AuditOptions.defaults());
        assertThat(result.report().countAtLeast(Severity.MEDIUM)).isZero();
        assertThat(result.scores().overall()).isEqualTo(100);
    }

    static String line(Finding f) {
        return f.id() + " " + f.file() + ":" + f.line();
    }

    static String describe(Report report) {
        return report.findings().stream().map(f -> line(f) + "   " + f.severity().id() + " " + f.message())
                .collect(Collectors.joining("\n"));
    }
}
