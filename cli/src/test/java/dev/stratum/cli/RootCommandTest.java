package dev.stratum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RootCommandTest {
    @Test
    void versionComesFromTheBuild() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("stratum ").doesNotContain("${project.version}");
    }

    @Test
    void helpListsCommandsAndExitCodes() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("new", "completion", "Exit codes");
        assertThat(CliRun.of("help", "new").out()).contains("--features", "--dry-run");
        for (String command : new String[] {"new", "check", "init", "audit", "image", "completion"}) {
            CliRun help = CliRun.of(command, "--help");
            assertThat(help.exitCode()).as(command + " --help: " + help.err()).isZero();
            assertThat(help.out()).as(command).contains("Usage: stratum " + command);
        }
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliRun run = CliRun.of("frobnicate");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.isOneLineError()).as(run.err()).isTrue();
    }

    @Test
    void completionScriptsForBashAndZsh() {
        assertThat(CliRun.of("completion", "bash").out()).contains("complete -F", "stratum");
        assertThat(CliRun.of("completion", "zsh").out()).contains("bashcompinit");
        assertThat(CliRun.of("completion", "fish").exitCode()).isEqualTo(2);
    }
}
