package dev.stratum.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stratum.core.UsageException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {
    @TempDir
    Path tmp;

    private final Generator generator = new Generator("9.9.9");

    static String miniTemplate() {
        try {
            return Path.of(GeneratorTest.class.getResource("/templates/mini/template.yaml").toURI()).getParent().toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProjectSpec spec(String name, List<String> features) {
        return new ProjectSpec(name, "org.acme", null, 21, features, Map.of(), miniTemplate());
    }

    @Test
    void rendersFilesPathsAndFeatureTreesWithSquareBracketSyntax() throws IOException {
        Path out = tmp.resolve("orders-api");
        GenerationResult result = generator.generate(spec("orders-api", null), out, false, false);

        assertThat(result.features()).containsExactly("alpha");
        assertThat(out.resolve("src/main/java/org/acme/ordersapi/OrdersApiApp.java"))
                .content().contains("package org.acme.ordersapi;", "class OrdersApiApp");
        assertThat(out.resolve("README.md")).content()
                .contains("# orders-api", "Java 21", "literal ${NOT_A_FREEMARKER_VARIABLE}",
                        "dep org.example:alpha-lib:1.0:", "app.alpha=orders-api-alpha", "server.port=8080", "beta off");
        assertThat(out.resolve("verbatim.txt")).content().isEqualTo("raw [=project.name] ${x}\n");
        assertThat(out.resolve("alpha.txt")).exists();
        assertThat(out.resolve("only-beta.txt")).doesNotExist();
        assertThat(result.files()).contains(".stratum/project.yaml", "README.md", "alpha.txt");
    }

    @Test
    void declaredExecutablesGetExecutePermissionAndOtherFilesDoNot() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file modes");
        Path out = tmp.resolve("svc");
        generator.generate(spec("svc", null), out, false, false);

        assertThat(Files.getPosixFilePermissions(out.resolve("bin/run.sh")))
                .contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_EXECUTE);
        assertThat(Files.getPosixFilePermissions(out.resolve("README.md"))).doesNotContain(
                PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
    }

    @Test
    void theProjectRootGetsTheSameModeAsItsSubdirectories() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file modes");
        Path out = tmp.resolve("svc");
        generator.generate(spec("svc", null), out, false, false);

        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(out.resolve("src")))
                .isEqualTo(Files.getPosixFilePermissions(out.resolve("src/main/java")));
    }

    @Test
    void recordsAnswersButNoSecretOptions() {
        Path out = tmp.resolve("svc");
        generator.generate(new ProjectSpec("svc", "org.acme", null, 17, List.of("+beta"),
                Map.of("port", "9090", "apiKey", "s3cr3t-value"), miniTemplate()), out, false, false);

        assertThat(out.resolve(".stratum/project.yaml")).content()
                .contains("id: \"mini\"", "stratumVersion: \"9.9.9\"", "port: 9090", "- \"beta\"")
                .doesNotContain("s3cr3t-value", "apiKey");
        assertThat(out.resolve("README.md")).content().contains("beta on", "server.port=9090");
    }

    @Test
    void firstDeclarationOfADependencyWins() {
        Path out = tmp.resolve("svc");
        generator.generate(spec("svc", List.of("alpha", "beta")), out, false, false);
        assertThat(out.resolve("README.md")).content().contains("dep org.example:shared::\n").doesNotContain("shared::runtime");
    }

    @Test
    void dryRunListsFilesAndWritesNothing() {
        Path out = tmp.resolve("svc");
        GenerationResult result = generator.generate(spec("svc", null), out, false, true);
        assertThat(result.dryRun()).isTrue();
        assertThat(result.files()).contains("README.md", "src/main/java/org/acme/svc/SvcApp.java");
        assertThat(out).doesNotExist();
        assertThat(tmp).isEmptyDirectory();
    }

    @Test
    void refusesANonEmptyTargetWithoutForceAndLeavesItAlone() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("svc"));
        Files.writeString(out.resolve("keep.txt"), "mine");

        assertThatThrownBy(() -> generator.generate(spec("svc", null), out, false, false))
                .isInstanceOf(UsageException.class).hasMessageContaining("not empty").hasMessageContaining("--force");
        assertThat(out.resolve("keep.txt")).content().isEqualTo("mine");
        assertThat(siblings()).containsExactly("svc");
    }

    @Test
    void forceReplacesTheTargetCompletely() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("svc"));
        Files.writeString(out.resolve("old.txt"), "old");

        generator.generate(spec("svc", null), out, true, false);

        assertThat(out.resolve("old.txt")).doesNotExist();
        assertThat(out.resolve("README.md")).exists();
        assertThat(siblings()).containsExactly("svc");
    }

    @Test
    void forceRefusesToWipeADirectoryUnderVersionControl() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("repo/.git"));
        Files.writeString(out.resolve("HEAD"), "ref: refs/heads/main");

        assertThatThrownBy(() -> generator.generate(spec("svc", null), tmp.resolve("repo"), true, false))
                .isInstanceOf(UsageException.class).hasMessageContaining("version control");
        assertThat(out.resolve("HEAD")).exists();
    }

    @Test
    void secretOptionValuesNeverAppearInErrors() {
        assertThatThrownBy(() -> generator.generate(new ProjectSpec("svc", "org.acme", null, 17, null,
                Map.of("apiKey", "TOPSECRET123"), secretTemplate()), tmp.resolve("svc"), false, false))
                .isInstanceOf(UsageException.class).hasMessageContaining("apiKey")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("TOPSECRET123"));
    }

    private String secretTemplate() {
        try {
            Path root = Files.createDirectories(tmp.resolve("secret-template/files"));
            Files.writeString(root.getParent().resolve("template.yaml"), "id: s\nversion: 1\noptions:\n"
                    + "  - { name: apiKey, type: string, pattern: \"[a-z]+\", secret: true, default: abc }\n");
            return root.getParent().toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anEmptyTargetDirectoryIsFilled() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("svc"));
        generator.generate(spec("svc", null), out, false, false);
        assertThat(out.resolve("README.md")).exists();
    }

    @Test
    void invalidInputWritesNothing() {
        Path out = tmp.resolve("svc");
        assertThatThrownBy(() -> generator.generate(spec("svc", List.of("nope")), out, false, false))
                .isInstanceOf(UsageException.class).hasMessageContaining("unknown feature 'nope'")
                .hasMessageContaining("valid: alpha, beta, gamma");
        assertThatThrownBy(() -> generator.generate(spec("svc", List.of("")), out, false, false))
                .hasMessageContaining("--features is empty");
        assertThatThrownBy(() -> generator.generate(spec("svc", List.of("alpha", "gamma")), out, false, false))
                .hasMessageContaining("conflict");
        assertThatThrownBy(() -> generator.generate(new ProjectSpec("svc", "org.acme", null, 17, null,
                Map.of("port", "70000"), miniTemplate()), out, false, false))
                .hasMessageContaining("option 'port'");
        assertThatThrownBy(() -> generator.generate(new ProjectSpec("svc", "org.acme", null, 17, null,
                Map.of("colour", "red"), miniTemplate()), out, false, false))
                .hasMessageContaining("unknown option 'colour'");
        assertThat(tmp).isEmptyDirectory();
    }

    @Test
    void unknownTemplateIsAUsageError() {
        assertThatThrownBy(() -> generator.generate(new ProjectSpec("svc", null, null, 17, null, Map.of(), "no-such"),
                tmp.resolve("svc"), false, false))
                .isInstanceOf(UsageException.class).hasMessageContaining("unknown template 'no-such'");
        assertThatThrownBy(() -> generator.generate(new ProjectSpec("svc", null, null, 17, null, Map.of(),
                tmp.resolve("missing").toString()), tmp.resolve("svc"), false, false))
                .isInstanceOf(UsageException.class).hasMessageContaining("does not exist");
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }
}
