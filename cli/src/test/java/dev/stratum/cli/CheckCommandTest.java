package dev.stratum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stratum check} end to end in-process: formats, gate, baseline, and every kind of bad input. */
class CheckCommandTest {
    @TempDir
    Path dir;

    private CliRun check(String... extra) {
        String[] args = new String[extra.length + 2];
        args[0] = "check";
        args[1] = dir.toString();
        System.arraycopy(extra, 0, args, 2, extra.length);
        return CliRun.of(args);
    }

    @Test
    void violations_fail_the_gate_and_every_format_is_written() throws IOException {
        SampleBuild.of("layered-shop", dir);
        Path sarif = dir.resolve("out/stratum.sarif");
        Path json = dir.resolve("out/stratum.json");

        CliRun run = check("-f", "text", "-f", "sarif:" + sarif, "-f", "json:" + json, "-f", "junit:" + dir.resolve("out/junit.xml"),
                "-f", "markdown:" + dir.resolve("out/pr.md"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("16 findings").contains("src/main/java/com/acme/shop/web/OrderController.java");
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.path("version").asInt()).isEqualTo(2);
        assertThat(report.path("findings")).hasSize(16);
        JsonNode first = report.path("findings").get(0);
        assertThat(first.fieldNames()).toIterable().contains("id", "severity", "message", "class", "file", "line", "fingerprint");
        assertThat(new ObjectMapper().readTree(sarif.toFile()).at("/runs/0/results")).hasSize(16);
        assertThat(dir.resolve("out/junit.xml")).exists();
        assertThat(Files.readString(dir.resolve("out/pr.md"))).contains("| high |");
    }

    @Test
    void exit_zero_and_fail_on_move_the_gate() throws IOException {
        SampleBuild.of("layered-shop", dir);
        assertThat(check("--exit-zero").exitCode()).isZero();
        assertThat(check("--fail-on", "critical").exitCode()).isZero();
        assertThat(check("--fail-on", "warning").exitCode()).isEqualTo(1);
        assertThat(check("--fail-on", "bogus").exitCode()).isEqualTo(2);
    }

    @Test
    void clean_sample_passes() throws IOException {
        SampleBuild.of("clean-shop", dir);
        CliRun run = check();
        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("0 findings");
    }

    @Test
    void baseline_freezes_old_findings_and_new_ones_fail() throws IOException {
        SampleBuild.of("layered-shop", dir);
        Path baseline = dir.resolve("baseline.json");
        assertThat(check("--baseline", baseline.toString(), "--update-baseline").exitCode()).isZero();
        CliRun frozen = check("--baseline", baseline.toString());
        assertThat(frozen.exitCode()).as(frozen.out()).isZero();
        assertThat(frozen.out()).contains("16 suppressed");

        // A new layer breach: the service layer now also uses the web layer's controller.
        Path service = dir.resolve("src/main/java/com/acme/shop/service/OrderService.java");
        Files.writeString(service, Files.readString(service).replace("public OrderView view(long id) {",
                "public Object controller() {\n        return com.acme.shop.web.OrderController.class;\n    }\n\n    public OrderView view(long id) {"));
        SampleBuild.compile(dir);
        Path sarif = dir.resolve("new.sarif");
        CliRun fresh = check("--baseline", baseline.toString(), "-f", "text", "-f", "sarif:" + sarif);
        assertThat(fresh.exitCode()).isEqualTo(1);
        assertThat(fresh.out()).contains("1 finding (1 high)").contains("OrderController");
        assertThat(Files.readString(sarif)).contains("\"ruleId\" : \"layers\"");
    }

    @Test
    void init_then_check_is_green_and_init_never_overwrites() throws IOException {
        SampleBuild.of("layered-shop", dir);
        Files.delete(dir.resolve("stratum.yaml"));

        CliRun init = CliRun.of("init", dir.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.out()).contains("Base package: com.acme.shop").contains("spring, security");
        assertThat(Files.readString(dir.resolve("stratum.yaml"))).contains("web:").contains("baseline: \"stratum-baseline.json\"");
        CliRun check = check();
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();

        CliRun again = CliRun.of("init", dir.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.isOneLineError()).isTrue();
        assertThat(again.err()).contains("already exists");
        assertThat(CliRun.of("init", dir.toString(), "--force").exitCode()).isZero();
    }

    @Test
    void no_classes_is_exit_3_with_a_hint() throws IOException {
        Files.writeString(dir.resolve("pom.xml"), "<project/>");
        Files.writeString(dir.resolve("stratum.yaml"), "check:\n  presets: [security]\n");
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.isOneLineError()).isTrue();
        assertThat(run.err()).contains("run mvn compile first");
    }

    @Test
    void corrupt_class_files_are_warnings_and_the_rest_is_checked() throws IOException {
        SampleBuild.of("clean-shop", dir);
        Files.write(dir.resolve("target/classes/com/acme/shop/Broken.class"), new byte[] {(byte) 0xCA, (byte) 0xFE, 1, 2, 3});
        Files.writeString(dir.resolve("target/classes/com/acme/shop/Text.class"), "not a class");
        CliRun run = check();
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("warning: target/classes/com/acme/shop/Broken.class")
                .contains("warning: target/classes/com/acme/shop/Text.class").contains("2 warnings");
    }

    @Test
    void only_unreadable_input_is_exit_3() throws IOException {
        Path jar = dir.resolve("broken.jar");
        Files.writeString(jar, "PK not really a zip");
        Files.writeString(dir.resolve("stratum.yaml"), "check:\n  presets: [security]\n");
        CliRun run = CliRun.of("check", "--config", dir.resolve("stratum.yaml").toString(), jar.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.isOneLineError()).as(run.err()).isTrue();

        Path classes = dir.resolve("classes");
        Files.createDirectories(classes);
        Files.writeString(classes.resolve("A.class"), "garbage");
        CliRun garbage = CliRun.of("check", "--config", dir.resolve("stratum.yaml").toString(), classes.toString());
        assertThat(garbage.exitCode()).isEqualTo(3);
        assertThat(garbage.err()).contains("could be read");
    }

    @Test
    void bad_configs_are_exit_2_with_one_line_naming_the_key() throws IOException {
        SampleBuild.of("clean-shop", dir);
        String[][] cases = {
            {"check:\n  layers: [unclosed\n", "stratum.yaml"},
            {"check:\n  presets: [security]\n  layerz: {}\n", "stratum.yaml:3"},
            {"check:\n  presets: [securty]\n", "unknown preset 'securty'"},
            {"check:\n  layers:\n    web: \"\"\n", "check.layers.web"},
            {"check:\n  layers:\n    web: \"com..acme...web\"\n", "invalid package pattern"},
            {"check:\n  cycles: [\"com.acme..\"]\n", "capture group"},
            {"check:\n  layers: {web: \"..web..\"}\n  access: {web: [srvice]}\n", "unknown layer 'srvice'"},
            {"check:\n  presets: [security]\n  severity: {no-such-rule: low}\n", "unknown rule id 'no-such-rule'"},
            {"check:\n  forbid:\n    - { from: \"..web..\", to: \"java.sql..\" }\n", "check.forbid[0].id"},
            {"check:\n  forbid:\n    - { id: x, from: \"..web..\", to: \"java.sql..\" }\n  naming:\n"
                    + "    - { id: x, in: \"..web..\", suffix: Controller }\n", "check.naming[0].id: duplicate rule id 'x'"},
            {"a: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b]\n"
                    + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d]\n", "stratum.yaml"},
            {"check:\n  cycles:\n" + "    - \"com.acme.(*)..\"\n".repeat(60_000), "larger than"},
        };
        for (String[] c : cases) {
            Files.writeString(dir.resolve("stratum.yaml"), c[0]);
            CliRun run = check();
            assertThat(run.exitCode()).as(c[1] + ": " + run.err()).isEqualTo(2);
            assertThat(run.isOneLineError()).as(run.err()).isTrue();
            assertThat(run.err()).contains(c[1]);
        }
    }

    @Test
    void missing_check_section_or_config_file_is_a_usage_error() throws IOException {
        SampleBuild.of("clean-shop", dir);
        Files.delete(dir.resolve("stratum.yaml"));
        assertThat(check().err()).contains("stratum init");
        assertThat(CliRun.of("check", "--config", dir.resolve("none.yaml").toString(), dir.toString()).exitCode()).isEqualTo(2);
        assertThat(check("-f", "pdf").err()).contains("unknown format 'pdf'");
    }

    @Test
    void missing_path_is_named_before_the_config_is_read() {
        Path missing = dir.resolve("nonexistent");
        CliRun run = CliRun.of("check", missing.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.isOneLineError()).as(run.err()).isTrue();
        assertThat(run.err()).contains(missing + ": no such file or directory").doesNotContain("check:");
    }

    @Test
    void missing_baseline_is_a_usage_error_unless_it_is_being_written() throws IOException {
        SampleBuild.of("clean-shop", dir);
        Path missing = dir.resolve("missing.json");
        CliRun run = check("--baseline", missing.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.isOneLineError()).as(run.err()).isTrue();
        assertThat(run.err()).contains(missing + ": baseline file not found");
        assertThat(check("--baseline", missing.toString(), "--update-baseline").exitCode()).isZero();
        assertThat(missing).exists();
    }

    @Test
    void directory_with_target_classes_but_no_build_file_is_a_project() throws IOException {
        SampleBuild.of("clean-shop", dir);
        Files.delete(dir.resolve("pom.xml"));
        CliRun run = check();
        assertThat(run.err()).doesNotContain("could not be read");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    }
}
