package dev.stratum.cli.hostile;

import static dev.stratum.cli.hostile.CheckFixtures.project;

import dev.stratum.core.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** stratum.yaml as {@code check} reads it: every mistake is one line, exit 2, naming the file, key and line. */
class ConfigHostileTest {
    @TempDir
    Path dir;

    private Hostile check(String yaml) throws IOException {
        Path shop = project(dir.resolve("shop"), yaml);
        return Hostile.run("check", shop.toString());
    }

    @Test
    void an_alias_under_check_disable_is_the_alias_error_with_its_line_not_a_jackson_message() throws IOException {
        String bomb = CheckFixtures.CONFIG + """
                  cycles: &a ["com.acme.(*).."]
                  disable: *a
                """;
        check(bomb).failsWith(ExitCode.USAGE, "stratum.yaml:9", "YAML aliases are not supported", "'*a'")
                .neverPrints("Cannot construct").neverPrints("java.util");
    }

    @Test
    void a_billion_laughs_document_is_refused_before_it_expands() throws IOException {
        StringBuilder y = new StringBuilder(CheckFixtures.CONFIG).append("  because:\n    a: &a \"lol\"\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            y.append("    ").append(c).append(": &").append(c).append(" [").append(("*" + prev + ",").repeat(9)).append("*").append(prev).append("]\n");
            prev = c;
        }
        check(y.toString()).failsWith(ExitCode.USAGE, "stratum.yaml", "aliases");
    }

    @Test
    void a_file_over_1_mib_is_refused() throws IOException {
        check(CheckFixtures.CONFIG + "# " + "x".repeat(1100 * 1024) + "\n").failsWith(ExitCode.USAGE, "stratum.yaml", "larger than 1024 KiB");
    }

    @Test
    void deep_nesting_is_refused_with_the_file() throws IOException {
        check("check:\n  because:\n    x: " + "[".repeat(500) + "]".repeat(500) + "\n").failsWith(ExitCode.USAGE, "stratum.yaml");
    }

    @Test
    void tabs_for_indentation_are_a_syntax_error_with_the_line() throws IOException {
        check("check:\n\tlayers:\n\t\tweb: \"..web..\"\n").failsWith(ExitCode.USAGE, "stratum.yaml:2");
    }

    @Test
    void a_wrong_type_names_the_key() throws IOException {
        check("check:\n  layers: 5\n").failsWith(ExitCode.USAGE, "stratum.yaml", "check.layers");
        check("check:\n  tests: [yes]\n").failsWith(ExitCode.USAGE, "stratum.yaml", "check.tests");
    }

    @Test
    void an_unknown_key_names_the_key_and_its_line() throws IOException {
        check(CheckFixtures.CONFIG + "  layerz: {}\n").failsWith(ExitCode.USAGE, "stratum.yaml:8", "unknown key 'layerz'");
    }

    @Test
    void an_empty_file_says_there_is_no_check_section() throws IOException {
        check("").failsWith(ExitCode.USAGE, "stratum.yaml", "no 'check:' section");
    }

    @Test
    void a_directory_or_a_fifo_where_stratum_yaml_is_expected_is_named_as_such() throws Exception {
        Path shop = project(dir.resolve("shop"), null);
        Files.createDirectory(shop.resolve("stratum.yaml"));
        Hostile.run("check", shop.toString()).failsWith(ExitCode.USAGE, "stratum.yaml", "is a directory");

        Path fifo = dir.resolve("ci.yaml");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        Hostile.run("check", shop.toString(), "--config", fifo.toString()).failsWith(ExitCode.USAGE, "ci.yaml", "not a regular file");
    }
}
