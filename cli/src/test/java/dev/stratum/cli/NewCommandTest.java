package dev.stratum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NewCommandTest {
    @TempDir
    Path tmp;

    private String out() {
        return tmp.resolve("out").toString();
    }

    @Test
    void generatesTheDefaultServiceAndRecordsTheAnswers() {
        CliRun run = CliRun.of("new", "orders-service", "--group", "com.acme", "--batch", "--dir", out());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Generated", "spring-service", "web", "postgres");
        Path project = tmp.resolve("out");
        assertThat(project.resolve("pom.xml")).content().contains("<artifactId>orders-service</artifactId>");
        assertThat(project.resolve("src/main/java/com/acme/ordersservice")).isDirectory();
        assertThat(project.resolve(".stratum/project.yaml")).content()
                .contains("spring-service", "orders-service", "com.acme");
    }

    @Test
    void dryRunPrintsTheTreeAndWritesNothing() {
        CliRun run = CliRun.of("new", "orders", "--batch", "--dry-run", "--dir", out());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("dry run", "pom.xml", "src/");
        assertThat(tmp).isEmptyDirectory();
    }

    @Test
    void listsFeaturesAndTemplates() {
        assertThat(CliRun.of("new", "--list-features").out()).contains("* web", "cache-redis");
        assertThat(CliRun.of("new", "--list-templates").out()).contains("spring-service");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bad_Name", "..", "a/b", "class"})
    void invalidNamesAreOneLineUsageErrorsAndWriteNothing(String name) {
        CliRun run = CliRun.of("new", name, "--batch", "--dir", out());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.isOneLineError()).as(run.err()).isTrue();
        assertThat(tmp).isEmptyDirectory();
    }

    @Test
    void badGroupPackageFeatureAndTemplateAreUsageErrors() {
        assertUsageError(CliRun.of("new", "svc", "--batch", "--group", "com.class", "--dir", out()), "reserved");
        assertUsageError(CliRun.of("new", "svc", "--batch", "--package", "com..x", "--dir", out()), "package");
        assertUsageError(CliRun.of("new", "svc", "--batch", "--features", "web,kafka", "--dir", out()), "valid:");
        assertUsageError(CliRun.of("new", "svc", "--batch", "--features", "+cache-redis", "--dir", out()), "conflict");
        assertUsageError(CliRun.of("new", "svc", "--batch", "--template", "nope", "--dir", out()), "unknown template");
        assertUsageError(CliRun.of("new", "svc", "--batch", "--java", "11", "--dir", out()), "17, 21 or 25");
        assertUsageError(CliRun.of("new", "svc", "--batch", "--bogus"), "Unknown option");
        assertThat(tmp).isEmptyDirectory();
    }

    @Test
    void answersFileIsReadAndItsErrorsAreUsageErrors() throws IOException {
        Path answers = Files.writeString(tmp.resolve("answers.yaml"), "name: billing\ngroup: org.shop\njava: 21\n");
        CliRun ok = CliRun.of("new", "--batch", "--answers", answers.toString(), "--dir", out());
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(tmp.resolve("out/src/main/java/org/shop/billing")).isDirectory();

        Path unknownKey = Files.writeString(tmp.resolve("bad.yaml"), "name: billing\ncolour: red\n");
        assertUsageError(CliRun.of("new", "--batch", "--answers", unknownKey.toString(), "--dir", tmp.resolve("o2").toString()),
                "bad.yaml:2");
        Path malformed = Files.writeString(tmp.resolve("broken.yaml"), "name: [billing\n");
        assertUsageError(CliRun.of("new", "--batch", "--answers", malformed.toString(), "--dir", tmp.resolve("o2").toString()),
                "broken.yaml");
        assertUsageError(CliRun.of("new", "--batch", "--answers", tmp.resolve("missing.yaml").toString()), "missing.yaml");
        assertThat(tmp.resolve("o2")).doesNotExist();
    }

    @Test
    void refusesToOverwriteWithoutForce() throws IOException {
        Path target = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(target.resolve("notes.txt"), "keep me");

        assertUsageError(CliRun.of("new", "svc", "--batch", "--dir", out()), "--force");
        assertThat(target.resolve("notes.txt")).content().isEqualTo("keep me");
        assertThat(listing(tmp)).containsExactly("out");

        CliRun forced = CliRun.of("new", "svc", "--batch", "--force", "--dir", out());
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(target.resolve("notes.txt")).doesNotExist();
        assertThat(target.resolve("pom.xml")).exists();
    }

    @Test
    void debugAddsTheStackTrace() {
        CliRun run = CliRun.of("new", "Bad_Name", "--batch", "--debug", "--dir", out());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("stratum: error: ").contains("at dev.stratum");
    }

    private static void assertUsageError(CliRun run, String expected) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.isOneLineError()).as(run.err()).isTrue();
        assertThat(run.err()).contains(expected);
    }

    private static java.util.List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
