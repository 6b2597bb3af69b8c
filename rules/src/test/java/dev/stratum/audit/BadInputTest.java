package dev.stratum.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.core.InputException;
import dev.stratum.finding.ProcessingWarning;
import dev.stratum.finding.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input is a warning naming the file; the rest is still audited; exit 3 only when nothing could be read. */
class BadInputTest {
    @TempDir
    Path root;

    private Path write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static final String GOOD = """
            package app;
            class Good {
                void run() { System.out.println("hi"); }
            }
            """;

    private Report audit() {
        return AuditEngine.standard().audit(root, AuditOptions.defaults()).report();
    }

    private static List<String> warnings(Report report) {
        return report.warnings().stream().map(w -> w.file() + ": " + w.message()).toList();
    }

    @Test
    void unparsableJavaFilesAreWarningsAndTheRestIsAudited() throws IOException {
        write("src/main/java/app/Good.java", GOOD);
        write("src/main/java/app/Broken.java", "package app; class Broken { void x( { }");
        write("src/main/java/app/Newer.java", "package app; class Newer { void x() { int y = switch (1) { case 1 -> { yield } }; } }");
        Files.write(root.resolve("src/main/java/app/Junk.java"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3});
        Files.write(root.resolve("src/main/java/app/Latin1.java"),
                "class Latin1 { String s = \"caf\u00e9\"; }".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(root.resolve("src/main/java/app/Huge.java"), "class Huge { int x; }" + " ".repeat(10 * 1024 * 1024));

        Report report = audit();

        assertThat(report.findings()).extracting(f -> f.id() + " " + f.file())
                .containsExactly("MO005 src/main/java/app/Good.java");
        assertThat(warnings(report)).hasSize(5).anySatisfy(w -> assertThat(w).startsWith("src/main/java/app/Broken.java: does not parse: line 1"))
                .anySatisfy(w -> assertThat(w).startsWith("src/main/java/app/Newer.java: does not parse"))
                .contains("src/main/java/app/Junk.java: binary content (NUL bytes), skipped",
                        "src/main/java/app/Latin1.java: not valid UTF-8, skipped",
                        "src/main/java/app/Huge.java: larger than 4 MiB, skipped");
    }

    @Test
    void malformedConfigurationAndPomAreWarningsNamingTheFile() throws IOException {
        write("pom.xml", "<project><dependencies><dependency><artifactId>x</artifactId></dependency>");
        write("src/main/resources/application.yml", "spring:\n  jpa: [unclosed\n");
        write("src/main/resources/application-prod.properties", "bad=\\u00zz\n");
        write("src/main/resources/application-dup.yml", "a: 1\na: 2\n");
        write("src/main/java/app/Good.java", GOOD);

        Report report = audit();

        assertThat(report.warnings()).extracting(ProcessingWarning::file).containsExactlyInAnyOrder("pom.xml",
                "src/main/resources/application.yml", "src/main/resources/application-prod.properties",
                "src/main/resources/application-dup.yml");
        assertThat(report.findings()).extracting(f -> f.id()).containsExactly("MO005");
    }

    @Test
    void hostilePomWithExternalEntityIsRefusedNotResolved() throws IOException {
        Path secret = write("secret.txt", "top-secret-value");
        write("pom.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE project [<!ENTITY x SYSTEM \"file://" + secret + "\">]>\n"
                + "<project><dependencies><dependency><artifactId>&x;</artifactId></dependency></dependencies></project>");
        write("src/main/java/app/Good.java", GOOD);

        Report report = audit();

        assertThat(warnings(report)).singleElement().asString().startsWith("pom.xml: malformed pom.xml")
                .doesNotContain("top-secret-value");
    }

    @Test
    void symlinkLoopsAndDanglingLinksAreSkippedWithAWarning() throws IOException {
        write("src/main/java/app/Good.java", GOOD);
        Files.createSymbolicLink(root.resolve("src/main/java/app/loop"), root.resolve("src/main/java"));
        Files.createSymbolicLink(root.resolve("src/main/java/app/Gone.java"), root.resolve("nowhere/Gone.java"));

        Report report = audit();

        assertThat(warnings(report)).containsExactlyInAnyOrder(
                "src/main/java/app/loop: symbolic link loop, skipped",
                "src/main/java/app/Gone.java: dangling symbolic link, skipped");
        assertThat(report.findings()).extracting(f -> f.file()).containsExactly("src/main/java/app/Good.java");
    }

    @Test
    void unreadableDirectoriesAreSkippedWithAWarning() throws IOException {
        // as root this is skipped; CodebaseScannerTest runs the same warning path with a failing directory listing
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "running as root: permissions cannot make a directory unreadable");
        write("src/main/java/app/Good.java", GOOD);
        Path locked = Files.createDirectories(root.resolve("src/main/java/locked"));
        write("src/main/java/locked/Hidden.java", GOOD);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assertThat(warnings(audit())).containsExactly("src/main/java/locked: permission denied, skipped");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void nothingReadableIsAnInputError() throws IOException {
        Files.createDirectories(root.resolve("src/main/java"));
        Files.write(root.resolve("src/main/java/Junk.java"), new byte[] {0, 1, 2, 3});

        assertThatThrownBy(this::audit).isInstanceOf(InputException.class)
                .hasMessageContaining("none of the 1 Java files could be read");
    }

    @Test
    void anEmptyDirectoryIsAnInputError() {
        assertThatThrownBy(this::audit).isInstanceOf(InputException.class)
                .hasMessageContaining("no Java sources, build files or application configuration found");
    }

    @Test
    void aMissingDirectoryIsAnInputError() {
        assertThatThrownBy(() -> AuditEngine.standard().audit(root.resolve("missing"), AuditOptions.defaults()))
                .isInstanceOf(InputException.class).hasMessageEndingWith("missing: not a directory");
    }
}
