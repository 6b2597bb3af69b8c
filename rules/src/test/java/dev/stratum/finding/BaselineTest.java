package dev.stratum.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.core.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
    static final RuleMeta RULE = new RuleMeta("layers", "architecture", Severity.HIGH, "Layers", "", "", "", "");
    static final Tool TOOL = new Tool("stratum", "test");

    static Finding finding(String file, int line, String message) {
        return new Finding(RULE, Severity.HIGH, message, "a.B", file, line, line, Fingerprints.of("layers", file, message));
    }

    @Test
    void known_findings_are_hidden_new_ones_stay(@TempDir Path dir) {
        Path file = dir.resolve("baseline.json");
        Finding old = finding("A.java", 3, "A calls B in (A.java:3)");
        Baseline.write(file, List.of(old));

        Finding moved = finding("A.java", 9, "A calls B in (A.java:9)");
        Finding fresh = finding("A.java", 12, "A calls C in (A.java:12)");
        Report report = Report.of(TOOL, List.of(RULE), List.of(moved, fresh), List.of()).withBaseline(Baseline.read(file));

        assertThat(report.findings()).containsExactly(fresh);
        assertThat(report.suppressed()).containsExactly(moved);
    }

    @Test
    void each_entry_hides_one_occurrence() {
        Finding a = finding("A.java", 1, "same");
        Finding b = finding("A.java", 2, "same");
        Baseline baseline = Baseline.of(List.of(a));
        assertThat(baseline.split(List.of(a, b)).fresh()).hasSize(1);
    }

    @Test
    void rewriting_drops_fixed_findings(@TempDir Path dir) {
        Path file = dir.resolve("b.json");
        Baseline.write(file, List.of(finding("A.java", 1, "x"), finding("B.java", 1, "y")));
        Baseline.write(file, List.of(finding("A.java", 1, "x")));
        assertThat(Baseline.read(file).size()).isEqualTo(1);
    }

    @Test
    void missing_file_is_empty_and_malformed_file_is_a_usage_error(@TempDir Path dir) throws Exception {
        assertThat(Baseline.read(dir.resolve("none.json")).size()).isZero();
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"findings\": [");
        assertThatThrownBy(() -> Baseline.read(bad)).isInstanceOf(UsageException.class).hasMessageContaining("bad.json");
        Files.writeString(bad, "[]");
        assertThatThrownBy(() -> Baseline.read(bad)).isInstanceOf(UsageException.class).hasMessageContaining("not a Stratum baseline");
    }
}
