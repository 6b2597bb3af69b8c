package dev.stratum.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.core.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken projects for {@code stratum update}, {@code add} and {@code remove} (docs/reliability.md):
 * every case exits 2 with one line naming the file, key, option, feature or version, and writes nothing.
 */
class UpdateHostileTest {
    @TempDir
    Path tmp;

    /** A 1.0.0 web service at tmp/p (behind the current template, so update has work to do). */
    private Path project() {
        return project("p", "web");
    }

    private Path project(String dir, String features) {
        Path p = tmp.resolve(dir);
        Hostile r = Hostile.run("new", "svc", "--batch", "--features", features, "--template", "spring-service@1.0.0", "--dir", p.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        return p;
    }

    private Path record(Path project) {
        return project.resolve(".stratum/project.yaml");
    }

    private void editRecord(Path project, String from, String to) throws IOException {
        String yaml = Files.readString(record(project));
        assertThat(yaml).contains(from);
        Files.writeString(record(project), yaml.replace(from, to));
    }

    private void refused(Path project, String[] args, String... mentions) {
        TreeSnapshot before = TreeSnapshot.of(tmp);
        Hostile.run(args).failsWith(ExitCode.USAGE, mentions);
        before.assertUnchanged();
    }

    private void refusedUpdate(Path project, String... mentions) {
        refused(project, new String[] {"update", project.toString()}, mentions);
    }

    @Test
    void aDirectoryWithoutARecordIsNotAStratumProject() throws IOException {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        refused(plain, new String[] {"update", plain.toString()}, "not a Stratum project", ".stratum/project.yaml");
        refused(plain, new String[] {"add", "postgres", plain + "/"}, "not a Stratum project");
        refused(plain, new String[] {"update", "--check", plain.toString()}, "not a Stratum project");
    }

    @Test
    void aMalformedRecordIsNamed() throws IOException {
        Path p = project();
        Files.writeString(record(p), "template: [unclosed\n");
        refusedUpdate(p, "project.yaml");
    }

    @Test
    void anUnknownKeyInTheRecordIsNamed() throws IOException {
        Path p = project();
        editRecord(p, "stratumVersion:", "hook: \"rm -rf /\"\nstratumVersion:");
        refusedUpdate(p, "project.yaml", "hook");
    }

    @Test
    void aWrongTypeInTheRecordIsNamed() throws IOException {
        Path p = project();
        editRecord(p, "java: 17", "java: \"seventeen\"");
        refusedUpdate(p, "project.yaml", "java");
    }

    @Test
    void aliasesAndOversizedRecordsAreRefused() throws IOException {
        Path p = project();
        editRecord(p, "  name: \"svc\"", "  name: &n \"svc\"\n  group: *n");
        refusedUpdate(p, "project.yaml", "alias");
        Files.writeString(record(p), "# " + "x".repeat(1100 * 1024) + "\n");
        refusedUpdate(p, "project.yaml", "KiB");
    }

    @Test
    void aRecordThatIsALinkIsNotFollowed() throws IOException {
        Path p = project();
        Path elsewhere = Files.writeString(tmp.resolve("elsewhere.yaml"), Files.readString(record(p)));
        Files.delete(record(p));
        Files.createSymbolicLink(record(p), elsewhere);
        refusedUpdate(p, "project.yaml", "symbolic link");
    }

    @Test
    void anUnknownTemplateOrVersionIsNamed() throws IOException {
        Path p = project();
        refused(p, new String[] {"update", "--to", "9.9.9", p.toString()}, "--to 9.9.9", "unknown template version");
        editRecord(p, "version: \"1.0.0\"", "version: \"0.0.7\"");
        refusedUpdate(p, "project.yaml", "unknown template version '0.0.7'");
        editRecord(p, "id: \"spring-service\"", "id: \"no-such-template\"");
        refusedUpdate(p, "unknown template 'no-such-template'");
    }

    @Test
    void aRecordedAnswerThatFailsTheTemplatesValidationNamesTheOption() throws IOException {
        Path p = project();
        editRecord(p, "port: 8080", "port: 70000");
        refusedUpdate(p, "project.yaml", "option 'port'");
        editRecord(p, "port: 70000", "port: 8080\n    colour: \"red\"");
        refusedUpdate(p, "unknown option 'colour'");
    }

    @Test
    void unknownPresentOrAbsentFeaturesAreNamed() {
        Path p = project();
        refused(p, new String[] {"add", "teleport", p.toString()}, "unknown feature 'teleport'");
        refused(p, new String[] {"add", "web", p.toString()}, "feature 'web' is already in the project");
        refused(p, new String[] {"remove", "postgres", p.toString()}, "feature 'postgres' is not in the project");
        refused(p, new String[] {"remove", "web", p.toString()}, "without features");
        Path db = project("db", "postgres");
        refused(db, new String[] {"add", "observability", db.toString()}, "'observability' requires 'web'", "stratum add observability web");
        Path full = project("full", "web,observability");
        refused(full, new String[] {"remove", "web", full.toString()}, "'observability' requires 'web'");
    }

    @Test
    void aTemplateDirectoryThatIsGoneIsNamed() throws IOException {
        Path template = Files.createDirectories(tmp.resolve("t/files"));
        Files.writeString(template.getParent().resolve("template.yaml"), "id: mine\nversion: 1.0.0\n");
        Files.writeString(template.resolve("a.txt"), "a\n");
        Path p = tmp.resolve("custom");
        assertThat(Hostile.run("new", "svc", "--batch", "--template", template.getParent().toString(), "--dir", p.toString()).exitCode()).isZero();
        Files.delete(template.resolve("a.txt"));
        Files.delete(template);
        Files.delete(template.getParent().resolve("template.yaml"));
        Files.delete(template.getParent());
        refusedUpdate(p, "template directory", "no longer exists");
    }

    @Test
    void aLinkInsideTheProjectIsNeverFollowed() throws IOException {
        Path p = project();
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Path readme = p.resolve("README.md");
        Files.delete(readme);
        Files.createSymbolicLink(readme, outside.resolve("README.md"));
        refusedUpdate(p, "README.md", "symbolic link");
        assertThat(outside).isEmptyDirectory();
    }

    @Test
    void uncommittedChangesAreRefusedUnlessForced() throws Exception {
        Path p = project();
        try (Git git = Git.init().setDirectory(p.toFile()).call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("generated").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com").setSign(false).call();
        }
        Files.writeString(p.resolve("notes.txt"), "work in progress\n");
        refusedUpdate(p, "uncommitted changes", "notes.txt", "--force");
        Hostile forced = Hostile.run("update", "--force", p.toString());
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(Files.readString(record(p))).doesNotContain("\"1.0.0\"");
    }
}
