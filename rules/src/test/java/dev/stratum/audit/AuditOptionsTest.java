package dev.stratum.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.core.UsageException;
import dev.stratum.finding.Finding;
import dev.stratum.finding.Report;
import dev.stratum.finding.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The audit: section of stratum.yaml and --only, applied by the engine. */
class AuditOptionsTest {
    static final Path DATABASE = AuditSamplesTest.SAMPLES.resolve("audit-leaky-database");

    private static Report run(AuditOptions options) {
        return AuditEngine.standard().audit(DATABASE, options).report();
    }

    @Test
    void disabledChecksDoNotRunOrCount() {
        Report report = run(AuditOptions.defaults().withConfig(Set.of("DB003", "DB001"), Map.of(), List.of()));
        assertThat(report.findings()).extracting(Finding::id).doesNotContain("DB003", "DB001").contains("DB004");
        assertThat(report.rules()).extracting(r -> r.id()).doesNotContain("DB003", "DB001");
    }

    @Test
    void severityOverridesChangeTheEffectiveSeverityAndTheScore() {
        Report before = run(AuditOptions.defaults());
        Report after = run(AuditOptions.defaults().withConfig(Set.of(), Map.of("DB001", Severity.LOW), List.of()));
        assertThat(after.findings()).filteredOn(f -> f.id().equals("DB001")).extracting(Finding::severity)
                .containsExactly(Severity.LOW);
        assertThat(after.scores().get("database")).isGreaterThan(before.scores().get("database"));
    }

    @Test
    void excludedPathsAreNotRead() {
        Report report = run(AuditOptions.defaults().withConfig(Set.of(), Map.of(),
                List.of("src/main/java/com/acme/orders/customer/**", "**/db/migration/V2__*.sql")));
        assertThat(report.findings()).extracting(Finding::file).noneMatch(f -> f.contains("/customer/"));
    }

    @Test
    void onlyRestrictsAreasAndScores() {
        Report report = run(AuditOptions.defaults().withAreas(Set.of("security")));
        assertThat(report.findings()).isEmpty();
        assertThat(report.scores()).containsOnlyKeys("security", "overall");
    }

    @Test
    void unknownCheckIdsAreUsageErrorsNamingTheKey() {
        assertThatThrownBy(() -> run(AuditOptions.defaults().withConfig(Set.of("XX999"), Map.of(), List.of())))
                .isInstanceOf(UsageException.class).hasMessageStartingWith("audit.disable: unknown check 'XX999'");
        assertThatThrownBy(() -> run(AuditOptions.defaults().withConfig(Set.of(), Map.of("NOPE1", Severity.LOW), List.of())))
                .isInstanceOf(UsageException.class).hasMessageStartingWith("audit.severity: unknown check 'NOPE1'");
        assertThatThrownBy(() -> AuditArea.parse("speed")).isInstanceOf(UsageException.class)
                .hasMessageContaining("unknown audit area 'speed'");
    }
}
