package dev.stratum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.cli.hostile.TreeSnapshot;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What update, add and remove print and return, on a 1.0.0 web service (behind the current template). */
class UpdateCommandTest {
    @TempDir
    Path tmp;

    private Path project() {
        Path p = tmp.resolve("svc");
        CliRun r = CliRun.of("new", "svc", "--batch", "--features", "web", "--template", "spring-service@1.0.0", "--dir", p.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        return p;
    }

    @Test
    void checkAndDryRunWriteNothingAndSayWhatUpdateWouldDo() {
        Path p = project();
        TreeSnapshot before = TreeSnapshot.of(tmp);

        CliRun check = CliRun.of("update", "--check", p.toString());
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).contains("is behind: spring-service 1.0.0, newest ");
        CliRun json = CliRun.of("update", "--check", "-f", "json", p.toString());
        assertThat(json.out()).startsWith("{\"project\":").contains("\"current\":\"1.0.0\"", "\"behind\":true");

        CliRun dryRun = CliRun.of("update", "--dry-run", "--diff", p.toString());
        assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
        assertThat(dryRun.out()).contains("spring-service 1.0.0 -> ", "(dry run, nothing written)", "replaced    README.md",
                "--- a/README.md", "+++ b/README.md", "@@ ");
        CliRun addPreview = CliRun.of("add", "postgres", p.toString(), "--dry-run");
        assertThat(addPreview.exitCode()).as(addPreview.err()).isZero();
        assertThat(addPreview.out()).contains("Add postgres to", "features: web, postgres", "added ");
        before.assertUnchanged();
    }

    @Test
    void anUpdatedProjectIsUpToDate() {
        Path p = project();
        assertThat(CliRun.of("update", p.toString()).exitCode()).isZero();
        CliRun again = CliRun.of("update", p.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("is up to date: spring-service");
        assertThat(CliRun.of("update", "--check", p.toString()).exitCode()).isZero();
    }
}
