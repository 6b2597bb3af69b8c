package dev.stratum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stratum passes its own gate: the root stratum.yaml checked against every module's compiled classes. */
class SelfCheckTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void stratum_has_no_findings_under_its_own_rules() {
        List<String> args = new ArrayList<>(List.of("check", "--config", ROOT.resolve("stratum.yaml").toString()));
        for (String module : List.of("core", "templates", "rules", "image", "cli")) {
            Path classes = ROOT.resolve(module).resolve("target/classes");
            // every module or the test proves nothing; -am / the reactor builds them all before cli
            assertThat(classes).as("%s/target/classes (build it first: mvn verify -pl cli -am)", module).isDirectory();
            args.add(classes.toString());
        }

        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.out()).contains("0 findings");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    }
}
