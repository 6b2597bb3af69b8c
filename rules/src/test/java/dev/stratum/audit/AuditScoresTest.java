package dev.stratum.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.finding.Finding;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditScoresTest {
    private static Finding finding(String id, String area, Severity severity) {
        return new Finding(new RuleMeta(id, area, severity, "t", "", "", "", ""), severity, "m", null, "f", 1, 1, id);
    }

    @Test
    void noFindingsScoreHundredEverywhere() {
        AuditScores s = AuditScores.of(List.of(), Set.copyOf(AuditArea.ALL));
        assertThat(s.overall()).isEqualTo(100);
        assertThat(s.ordered()).containsExactly(java.util.Map.entry("caching", 100), java.util.Map.entry("database", 100),
                java.util.Map.entry("monitoring", 100), java.util.Map.entry("security", 100),
                java.util.Map.entry("resilience", 100), java.util.Map.entry("overall", 100));
    }

    @Test
    void weightsBySeverityWithAtMostThreeFindingsPerCheck() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            findings.add(finding("SE001", "security", Severity.HIGH)); // counted 3 times: 45
        }
        findings.add(finding("SE008", "security", Severity.CRITICAL)); // 30
        findings.add(finding("DB008", "database", Severity.LOW)); // 2
        findings.add(finding("MO004", "monitoring", Severity.INFO)); // 0
        AuditScores s = AuditScores.of(findings, Set.copyOf(AuditArea.ALL));
        assertThat(s.byArea()).containsEntry("security", 25).containsEntry("database", 98).containsEntry("monitoring", 100);
        assertThat(s.overall()).isEqualTo(Math.round((100 + 98 + 100 + 25 + 100) / 5f));
    }

    @Test
    void scoresNeverGoBelowZero() {
        List<Finding> findings = new ArrayList<>();
        for (String id : List.of("SE001", "SE002", "SE003", "SE004")) {
            for (int i = 0; i < 3; i++) {
                findings.add(finding(id, "security", Severity.CRITICAL));
            }
        }
        assertThat(AuditScores.of(findings, Set.of("security")).byArea()).containsEntry("security", 0);
    }
}
