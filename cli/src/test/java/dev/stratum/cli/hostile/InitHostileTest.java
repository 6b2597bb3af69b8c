package dev.stratum.cli.hostile;

import static dev.stratum.cli.hostile.CheckFixtures.project;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.core.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stratum init}: never through links, and both files or neither. */
class InitHostileTest {
    @TempDir
    Path dir;

    @Test
    void init_force_refuses_a_stratum_yaml_that_is_a_symbolic_link() throws Exception {
        Path shop = project(dir.resolve("shop"), null);
        Path victim = Files.writeString(dir.resolve("bashrc"), "precious\n");
        Files.createSymbolicLink(shop.resolve("stratum.yaml"), victim);
        TreeSnapshot before = TreeSnapshot.of(dir);

        Hostile.run("init", shop.toString(), "--force").failsWith(ExitCode.USAGE, "stratum.yaml", "symbolic link");

        before.assertUnchanged();
    }

    @Test
    void init_force_refuses_a_baseline_that_is_a_symbolic_link() throws Exception {
        Path shop = project(dir.resolve("shop"), null);
        Path victim = Files.writeString(dir.resolve("victim.json"), "precious\n");
        Files.createSymbolicLink(shop.resolve("stratum-baseline.json"), victim);
        TreeSnapshot before = TreeSnapshot.of(dir);

        Hostile.run("init", shop.toString(), "--force").failsWith(ExitCode.USAGE, "stratum-baseline.json", "symbolic link");

        before.assertUnchanged();
    }

    @Test
    void init_on_a_full_disk_writes_neither_file_and_the_retry_succeeds() throws Exception {
        try (FullDisk disk = FullDisk.mount(dir.resolve("disk"), 512)) {
            Path shop = project(disk.root().resolve("shop"), null);
            disk.fill();

            Hostile.run("init", shop.toString()).failsWith(ExitCode.INPUT, "No space left on device");

            assertThat(shop.resolve("stratum.yaml")).doesNotExist();
            assertThat(shop.resolve("stratum-baseline.json")).doesNotExist();
            try (var files = Files.list(shop)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".stratum-"));
            }

            Files.delete(disk.root().resolve(".filler"));
            Hostile retry = Hostile.run("init", shop.toString());
            assertThat(retry.exitCode()).as(retry.err()).isZero();
            assertThat(shop.resolve("stratum.yaml")).isRegularFile();
            assertThat(shop.resolve("stratum-baseline.json")).isRegularFile();
            assertThat(Hostile.run("check", shop.toString()).exitCode()).isZero();
        }
    }

    @Test
    void init_force_on_a_full_disk_keeps_both_old_files() throws Exception {
        try (FullDisk disk = FullDisk.mount(dir.resolve("disk"), 512)) {
            Path shop = project(disk.root().resolve("shop"), null);
            assertThat(Hostile.run("init", shop.toString()).exitCode()).isZero();
            String yaml = Files.readString(shop.resolve("stratum.yaml"));
            String baseline = Files.readString(shop.resolve("stratum-baseline.json"));
            disk.fill();

            Hostile.run("init", shop.toString(), "--force").failsWith(ExitCode.INPUT, "No space left on device");

            assertThat(shop.resolve("stratum.yaml")).hasContent(yaml);
            assertThat(shop.resolve("stratum-baseline.json")).hasContent(baseline);
        }
    }
}
