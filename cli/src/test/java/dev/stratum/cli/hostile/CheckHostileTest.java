package dev.stratum.cli.hostile;

import static dev.stratum.cli.hostile.CheckFixtures.project;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.cli.Main;
import dev.stratum.core.ExitCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stratum check} against hostile input: class files and jars from an unvetted repository, a rules jar that
 * misbehaves, patterns built to backtrack, broken baselines, and outputs that cannot be written.
 */
class CheckHostileTest {
    @TempDir
    Path dir;

    private Path shop() throws IOException {
        return project(dir.resolve("shop"));
    }

    // ---- class files and jars -------------------------------------------------------------------------------

    @Test
    void truncated_and_random_byte_class_files_are_skipped_with_a_warning_naming_each() throws IOException {
        Path shop = shop();
        Path classes = shop.resolve("target/classes/com/acme/shop/web");
        byte[] real = Files.readAllBytes(classes.resolve("OrderController.class"));
        Files.write(classes.resolve("Truncated.class"), java.util.Arrays.copyOf(real, real.length / 2));
        byte[] noise = new byte[4096];
        new Random(13).nextBytes(noise);
        Files.write(classes.resolve("Noise.class"), noise);
        TreeSnapshot before = TreeSnapshot.of(dir);

        Hostile run = Hostile.run("check", shop.toString(), "--exit-zero");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Truncated.class").contains("Noise.class").contains("could not be read");
        run.noStackTrace();
        before.assertUnchanged();
    }

    @Test
    void a_fifo_and_a_link_to_dev_zero_named_class_are_skipped_never_read() throws Exception {
        Path shop = shop();
        Path classes = shop.resolve("target/classes/com/acme/shop/web");
        assertThat(new ProcessBuilder("mkfifo", classes.resolve("Fifo.class").toString()).start().waitFor()).isZero();
        Files.createSymbolicLink(classes.resolve("Zero.class"), Path.of("/dev/zero"));

        Hostile run = Hostile.run(Duration.ofSeconds(20), "check", shop.toString(), "--exit-zero");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Fifo.class").contains("Zero.class").contains("not a regular file");
        run.noStackTrace();
    }

    @Test
    void a_jar_that_is_not_a_zip_is_exit_3_naming_it_when_it_is_all_there_is() throws IOException {
        Path jar = Files.writeString(dir.resolve("app.jar"), "this is not a zip file\n");
        Files.writeString(dir.resolve("stratum.yaml"), CheckFixtures.CONFIG);

        Hostile.run("check", jar.toString(), "--config", dir.resolve("stratum.yaml").toString())
                .failsWith(ExitCode.INPUT, "app.jar");
    }

    @Test
    void a_zip_bomb_jar_is_bounded_and_skipped_with_a_warning_not_inflated_into_memory() throws IOException {
        Path shop = shop();
        Path bomb = CheckFixtures.zipBomb(dir.resolve("bomb.jar"), "com/acme/shop/web/Bomb.class", 3L << 30,
                shop.resolve("target/classes"));
        assertThat(Files.size(bomb)).as("small on disk").isLessThan(8L << 20);

        Hostile run = Hostile.run(Duration.ofSeconds(20), "check", bomb.toString(),
                "--config", shop.resolve("stratum.yaml").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS.code()); // the real classes still count
        assertThat(run.out()).contains("Bomb.class").contains("zip bomb");
        run.noStackTrace();
    }

    @Test
    void entries_named_dot_dot_or_absolute_are_never_extracted_and_nothing_outside_changes() throws IOException {
        Path shop = shop();
        byte[] real = Files.readAllBytes(shop.resolve("target/classes/com/acme/shop/web/OrderController.class"));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("../../evil.class", real);
        entries.put("/tmp/evil.class", real);
        entries.put("com/acme/shop/persistence/OrderRepository.class",
                Files.readAllBytes(shop.resolve("target/classes/com/acme/shop/persistence/OrderRepository.class")));
        Path jar = CheckFixtures.jarOf(dir.resolve("sly.jar"), entries);
        TreeSnapshot before = TreeSnapshot.of(dir);

        Hostile run = Hostile.run("check", jar.toString(), "--config", shop.resolve("stratum.yaml").toString(), "--exit-zero");

        assertThat(run.exitCode()).as(run.err()).isZero();
        run.noStackTrace();
        before.assertUnchanged();
        assertThat(Path.of("/tmp/evil.class")).doesNotExist();
    }

    @Test
    void a_manifest_class_path_pointing_outside_is_not_followed() throws IOException {
        Path shop = shop();
        // outside the project: classes that would break the layer rule if they were imported
        Path outside = dir.resolve("outside");
        CheckFixtures.compile(outside.resolve("classes"), Map.of("com/acme/shop/web/Evil.java", """
                package com.acme.shop.web;
                public class Evil { com.acme.shop.persistence.Dao d; }
                """, "com/acme/shop/persistence/Dao.java", "package com.acme.shop.persistence; public class Dao {}"), null);
        CheckFixtures.jar(outside.resolve("evil.jar"), outside.resolve("classes"), null);
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, "../outside/evil.jar " + outside.resolve("evil.jar").toUri());
        Path jar = CheckFixtures.jar(shop.resolve("app.jar"), shop.resolve("target/classes"), manifest);

        Hostile run = Hostile.run("check", jar.toString(), "--config", shop.resolve("stratum.yaml").toString(), "-f", "json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS.code());
        assertThat(run.out()).contains("OrderController").doesNotContain("Evil");
        run.noStackTrace();
    }

    @Test
    void duplicate_classes_in_a_directory_and_a_jar_are_imported_once_without_error() throws IOException {
        Path shop = shop();
        Path jar = CheckFixtures.jar(dir.resolve("copy.jar"), shop.resolve("target/classes"), null);

        Hostile run = Hostile.run("check", shop.resolve("target/classes").toString(), jar.toString(),
                "--config", shop.resolve("stratum.yaml").toString(), "-f", "json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS.code());
        assertThat(run.out()).contains("\"layers\"");
        run.noStackTrace();
    }

    // ---- rules jars -----------------------------------------------------------------------------------------

    @Test
    void a_rules_jar_that_calls_system_exit_cannot_end_stratum_or_pass_the_gate() throws IOException {
        Path shop = shop();
        Path jar = CheckFixtures.rulesJar(dir, """
                @ArchTest
                static void bye(JavaClasses classes) {
                    System.exit(0);
                }
                """);

        Hostile.run("check", shop.toString(), "--rules-jar", jar.toString(), "--exit-zero")
                .failsWith(ExitCode.INPUT, "team-rules.jar", "without a result");
    }

    @Test
    void a_rules_jar_that_loops_forever_is_killed_after_the_time_limit() throws IOException {
        Path shop = shop();
        Path jar = CheckFixtures.rulesJar(dir, """
                @ArchTest
                static void spin(JavaClasses classes) {
                    while (true) {
                        Thread.onSpinWait();
                    }
                }
                """);
        long start = System.nanoTime();

        Hostile.run("check", shop.toString(), "--rules-jar", jar.toString(), "--rules-timeout", "2")
                .failsWith(ExitCode.INPUT, "team-rules.jar", "did not finish within 2 s");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void what_a_rules_jar_reads_and_prints_never_reaches_stratums_output() throws IOException {
        Path shop = shop();
        String secret = "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc";
        Path secretFile = Files.writeString(dir.resolve("secret.txt"), secret);
        Path jar = CheckFixtures.rulesJar(dir, """
                @ArchTest
                static void snoop(JavaClasses classes) throws Exception {
                    String s = java.nio.file.Files.readString(java.nio.file.Path.of("%s"));
                    System.out.println(s);
                    System.err.println(s);
                }

                @ArchTest
                static final ArchRule noWebToDb = noClasses().that().resideInAPackage("..web..")
                        .should().dependOnClassesThat().resideInAPackage("..persistence..");
                """.formatted(secretFile.toString().replace("\\", "\\\\")));
        TreeSnapshot before = TreeSnapshot.of(dir);

        Hostile run = Hostile.run("check", shop.toString(), "--rules-jar", jar.toString(), "-f", "json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS.code());
        assertThat(run.out()).contains("TeamRules.noWebToDb");
        run.noStackTrace().neverPrints(secret);
        before.assertUnchanged();
    }

    // ---- patterns -------------------------------------------------------------------------------------------

    @Test
    void a_backtracking_layer_pattern_against_a_long_package_finishes_quickly() throws IOException {
        String longPackage = "a".repeat(60);
        Path shop = project(dir.resolve("shop"), CheckFixtures.CONFIG.replace("\"com.acme.shop.web..\"",
                "\"" + "*a".repeat(13) + "b\""));
        CheckFixtures.compile(shop.resolve("target/classes"),
                Map.of(longPackage + "/X.java", "package " + longPackage + "; public class X {}"), null);

        Hostile run = Hostile.run(Duration.ofSeconds(20), "check", shop.toString(), "--exit-zero");

        assertThat(run.exitCode()).as(run.err()).isZero();
        run.noStackTrace();
    }

    @Test
    void a_pattern_over_the_length_limit_is_a_usage_error_naming_the_key() throws IOException {
        Path shop = project(dir.resolve("shop"), CheckFixtures.CONFIG.replace("\"com.acme.shop.web..\"",
                "\"com." + "x".repeat(300) + "..\""));

        Hostile.run("check", shop.toString()).failsWith(ExitCode.USAGE, "check.layers.web", "at most 256");
    }

    @Test
    void an_audit_exclude_glob_of_many_double_stars_against_a_deep_path_finishes_quickly() throws IOException {
        Path repo = dir.resolve("repo");
        Path deep = repo.resolve("d/".repeat(40));
        Files.createDirectories(deep);
        Files.writeString(deep.resolve("A.java"), "class A {}\n");
        Files.writeString(repo.resolve("stratum.yaml"), "audit:\n  exclude: [\"" + "**/".repeat(14) + "x\"]\n");

        Hostile run = Hostile.run(Duration.ofSeconds(20), "audit", repo.toString(), "--no-cache", "-q", "--exit-zero");

        assertThat(run.exitCode()).as(run.err()).isZero();
        run.noStackTrace();
    }

    // ---- baselines ------------------------------------------------------------------------------------------

    @Test
    void garbage_binary_and_malformed_baselines_are_all_exit_2_naming_the_file() throws IOException {
        Path shop = shop();
        Path garbage = Files.writeString(dir.resolve("garbage.json"), "garbage{");
        Path binary = Files.write(dir.resolve("binary.json"), new byte[] {0, 1, (byte) 0xff, (byte) 0xfe});
        Path wrong = Files.writeString(dir.resolve("wrong.json"), "{\"findings\": 5}");

        Hostile.run("check", shop.toString(), "--baseline", garbage.toString()).failsWith(ExitCode.USAGE, "garbage.json", "malformed");
        Hostile.run("check", shop.toString(), "--baseline", binary.toString()).failsWith(ExitCode.USAGE, "binary.json", "not UTF-8");
        Hostile.run("check", shop.toString(), "--baseline", wrong.toString()).failsWith(ExitCode.USAGE, "wrong.json", "not a Stratum baseline");
    }

    @Test
    void a_fifo_or_device_as_baseline_says_not_a_regular_file_and_never_blocks() throws Exception {
        Path shop = shop();
        Path fifo = dir.resolve("baseline.json");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

        Hostile.run(Duration.ofSeconds(20), "check", shop.toString(), "--baseline", fifo.toString())
                .failsWith(ExitCode.USAGE, "baseline.json", "not a regular file");
        Hostile.run("check", shop.toString(), "--baseline", "/dev/zero")
                .failsWith(ExitCode.USAGE, "/dev/zero", "not a regular file");
    }

    @Test
    void a_baseline_nested_100000_deep_names_the_depth_limit() throws IOException {
        Path shop = shop();
        Path deep = Files.writeString(dir.resolve("deep.json"), "[".repeat(100_000));

        Hostile.run("check", shop.toString(), "--baseline", deep.toString())
                .failsWith(ExitCode.USAGE, "deep.json", "nested deeper than 16");
    }

    @Test
    void check_baseline_in_the_repositorys_config_cannot_leave_the_project() throws IOException {
        Path shop = shop();
        Path victim = Files.writeString(dir.resolve("victim.json"), "precious\n");
        TreeSnapshot before = TreeSnapshot.of(dir);

        for (String escape : new String[] {"../victim.json", victim.toString()}) {
            Files.writeString(shop.resolve("stratum.yaml"), CheckFixtures.CONFIG + "  baseline: \"" + escape + "\"\n");
            Hostile.run("check", shop.toString(), "--update-baseline").failsWith(ExitCode.USAGE, "check.baseline");
        }
        Files.createSymbolicLink(shop.resolve("link"), dir);
        Files.writeString(shop.resolve("stratum.yaml"), CheckFixtures.CONFIG + "  baseline: link/victim.json\n");
        Hostile.run("check", shop.toString(), "--update-baseline")
                .failsWith(ExitCode.USAGE, "check.baseline", "symbolic link");

        assertThat(victim).hasContent("precious");
        before.assertUnchangedExcept("shop/stratum.yaml", "shop/link");
    }

    @Test
    void an_explicit_baseline_that_is_a_symbolic_link_is_never_written_through() throws IOException {
        Path shop = shop();
        Path victim = Files.writeString(dir.resolve("victim.json"), "precious\n");
        Path link = Files.createSymbolicLink(shop.resolve("baseline.json"), victim);

        Hostile.run("check", shop.toString(), "--baseline", link.toString(), "--update-baseline")
                .failsWith(ExitCode.USAGE, "baseline.json", "symbolic link");

        assertThat(victim).hasContent("precious");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void update_baseline_on_a_full_disk_keeps_the_old_baseline() throws Exception {
        try (FullDisk disk = FullDisk.mount(dir.resolve("disk"), 512)) {
            Path shop = project(disk.root().resolve("shop"));
            Path baseline = shop.resolve("baseline.json");
            assertThat(Hostile.run("check", shop.toString(), "--baseline", baseline.toString(), "--update-baseline").exitCode()).isZero();
            String old = Files.readString(baseline);
            disk.fill();

            Hostile.run("check", shop.toString(), "--baseline", baseline.toString(), "--update-baseline")
                    .failsWith(ExitCode.INPUT, "baseline.json", "No space left on device");

            assertThat(baseline).hasContent(old);
            try (var files = Files.list(shop)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".stratum-tmp"));
            }
        }
    }

    // ---- output ---------------------------------------------------------------------------------------------

    @Test
    void a_report_on_a_full_disk_keeps_the_old_report_and_is_exit_3() throws Exception {
        try (FullDisk disk = FullDisk.mount(dir.resolve("disk"), 256)) {
            Path shop = shop();
            Path report = Files.writeString(disk.root().resolve("report.json"), "{\"old\": true}\n");
            disk.fill();

            Hostile.run("check", shop.toString(), "-f", "json:" + report)
                    .failsWith(ExitCode.INPUT, "report.json", "No space left on device");

            assertThat(report).hasContent("{\"old\": true}\n");
        }
    }

    @Test
    void a_report_path_whose_parent_does_not_exist_is_created() throws IOException {
        Path shop = shop();
        Path report = dir.resolve("out/deeper/report.sarif");

        Hostile run = Hostile.run("check", shop.toString(), "-f", "sarif:" + report);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS.code());
        assertThat(report).isRegularFile().content(StandardCharsets.UTF_8).contains("\"2.1.0\"");
    }

    @Test
    void a_report_path_below_a_file_says_which_part_is_not_a_directory() throws IOException {
        Path shop = shop();
        Path file = Files.writeString(dir.resolve("afile"), "x");

        Hostile.run("check", shop.toString(), "-f", "json:" + file.resolve("sub/report.json"))
                .failsWith(ExitCode.USAGE, "afile is not a directory");
    }

    @Test
    void a_report_lost_on_a_full_stdout_is_exit_3_even_with_exit_zero() throws IOException {
        Path shop = shop();
        StringWriter err = new StringWriter();

        int code = Main.run(new String[] {"check", shop.toString(), "-f", "json", "--exit-zero"},
                CheckFixtures.fullStdout(), new PrintWriter(err));

        assertThat(code).isEqualTo(ExitCode.INPUT.code());
        assertThat(err.toString()).startsWith("stratum: error: cannot write to standard output").hasLineCount(1);
    }

    @Test
    void an_audit_report_lost_on_a_full_stdout_is_exit_3() throws IOException {
        Path repo = Files.createDirectories(dir.resolve("repo/src/main/java"));
        Files.writeString(repo.resolve("A.java"), "class A {}\n");
        StringWriter err = new StringWriter();

        int code = Main.run(new String[] {"audit", dir.resolve("repo").toString(), "--no-cache", "-q", "--exit-zero"},
                CheckFixtures.fullStdout(), new PrintWriter(err));

        assertThat(code).isEqualTo(ExitCode.INPUT.code());
        assertThat(err.toString()).startsWith("stratum: error: cannot write to standard output").hasLineCount(1);
    }
}
