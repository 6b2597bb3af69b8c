package dev.stratum.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintsTest {
    @Test
    void ignores_line_numbers_whitespace_and_synthetic_numbering() {
        assertThat(Fingerprints.of("r", "A.java", "Method <a.A.run()> calls <b.B.x()> in (A.java:12)"))
                .isEqualTo(Fingerprints.of("r", "A.java", "Method <a.A.run()>  calls <b.B.x()> in (A.java:40)"));
        assertThat(Fingerprints.of("r", "A.java", "a.A$1.lambda$run$0"))
                .isEqualTo(Fingerprints.of("r", "A.java", "a.A$2.lambda$run$3"));
    }

    @Test
    void differs_by_rule_file_and_target() {
        String base = Fingerprints.of("r", "A.java", "x");
        assertThat(base).hasSize(32)
                .isNotEqualTo(Fingerprints.of("s", "A.java", "x"))
                .isNotEqualTo(Fingerprints.of("r", "B.java", "x"))
                .isNotEqualTo(Fingerprints.of("r", "A.java", "y"));
    }

    @Test
    void reports_sort_by_file_line_rule_message() {
        RuleMeta a = new RuleMeta("a", "x", Severity.LOW, "A", "", "", "", "");
        RuleMeta b = new RuleMeta("b", "x", Severity.LOW, "B", "", "", "", "");
        List<Finding> list = new ArrayList<>(List.of(
                new Finding(b, Severity.LOW, "m", null, null, 0, 0, "1"),
                new Finding(b, Severity.LOW, "m", null, "A.java", 2, 2, "2"),
                new Finding(a, Severity.LOW, "z", null, "A.java", 2, 2, "3"),
                new Finding(a, Severity.LOW, "m", null, "A.java", 1, 1, "4")));
        Report report = Report.of(new Tool("t", "1"), List.of(b, a), list, List.of());
        assertThat(report.findings()).extracting(Finding::fingerprint).containsExactly("4", "3", "2", "1");
        assertThat(report.rules()).extracting(RuleMeta::id).containsExactly("a", "b");
    }
}
