package dev.stratum.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stratum.core.ExitCode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile templates, answers files and targets for {@code stratum new} (docs/reliability.md, "stratum new").
 * Templates are built in the test's own directory; every case asserts the exit code, the one line naming the
 * offending file or key, no stack trace, and that nothing outside the intended output changed.
 */
class NewHostileTest {
    private static final String SECRET = "s3cr3t-Value-9f8e7d";

    @TempDir
    Path tmp;

    // ---- helpers -------------------------------------------------------------------------------------------------

    /** A template directory {@code tmp/t} with {@code template.yaml} = id, version and {@code extraYaml}. */
    private Path template(String extraYaml) throws IOException {
        Path root = Files.createDirectories(tmp.resolve("t"));
        Files.createDirectories(root.resolve("files"));
        Files.writeString(root.resolve("template.yaml"), "id: evil\nversion: 1.0.0\n" + extraYaml);
        return root;
    }

    private Path templateWith(String fileName, String content) throws IOException {
        Path root = template("");
        return file(root, "files/" + fileName, content);
    }

    private static Path file(Path root, String relative, String content) throws IOException {
        Path f = root.resolve(relative);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content);
        return root;
    }

    private String out() {
        return tmp.resolve("out").toString();
    }

    private Hostile generate(Path template, String... extra) {
        List<String> args = new ArrayList<>(List.of("new", "victim", "--batch", "--template", template.toString(), "--dir", out()));
        args.addAll(List.of(extra));
        return Hostile.run(args.toArray(String[]::new));
    }

    /** An existing generated-looking project at tmp/out with a file that must survive. */
    private Path oldProject() throws IOException {
        Path old = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(old.resolve("keep.txt"), "old project");
        return old;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0,
                String.join(" ", command) + ": " + new String(p.getInputStream().readAllBytes()));
    }

    // ---- --force: never more than an old project -----------------------------------------------------------------

    @Test
    void forceRefusesADirectoryHoldingANestedGitCheckout() throws IOException {
        Path old = oldProject();
        Files.createDirectories(old.resolve("libs/inner/.git"));
        Files.writeString(old.resolve("libs/inner/.git/HEAD"), "ref: refs/heads/main\n");
        Path t = templateWith("a.txt", "new");
        TreeSnapshot before = TreeSnapshot.of(tmp);

        generate(t, "--force").failsWith(ExitCode.USAGE, "--force", "libs/inner/.git");
        before.assertUnchanged();
    }

    @Test
    void forceRefusesTheHomeDirectoryReachedThroughALink() throws IOException {
        Path realHome = Files.createDirectories(tmp.resolve("real-home"));
        Files.writeString(realHome.resolve(".bashrc"), "# mine");
        Path homeLink = Files.createSymbolicLink(tmp.resolve("home-link"), realHome);
        Path t = templateWith("a.txt", "new");
        TreeSnapshot before = TreeSnapshot.of(tmp);
        String saved = System.getProperty("user.home");
        System.setProperty("user.home", homeLink.toString());
        try {
            Hostile.run("new", "victim", "--batch", "--template", t.toString(), "--dir", realHome.toString(), "--force")
                    .failsWith(ExitCode.USAGE, "home directory");
            Hostile.run("new", "victim", "--batch", "--template", t.toString(), "--dir", homeLink.toString(), "--force")
                    .failsWith(ExitCode.USAGE, "symbolic link");
        } finally {
            System.setProperty("user.home", saved);
        }
        before.assertUnchanged();
    }

    // ---- template directory: links and special files -------------------------------------------------------------

    @Test
    void templateYamlThatIsALinkIsRefusedWithoutQuotingItsTarget() throws IOException {
        Path outside = Files.writeString(tmp.resolve("outside.txt"), "TOP-SECRET-CONTENT of another file\n");
        Path root = Files.createDirectories(tmp.resolve("t/files"));
        Files.createSymbolicLink(root.getParent().resolve("template.yaml"), outside);
        TreeSnapshot before = TreeSnapshot.of(tmp);

        generate(root.getParent()).failsWith(ExitCode.USAGE, "template.yaml", "symbolic link").neverPrints("TOP-SECRET");
        before.assertUnchanged();
    }

    @Test
    void filesDirectoryThatIsALinkIsRefused() throws IOException {
        Path t = template("");
        Files.delete(t.resolve("files"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("a.txt"), "x");
        Files.createSymbolicLink(t.resolve("files"), elsewhere);

        generate(t).failsWith(ExitCode.USAGE, "files", "symbolic link");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void featureDirectoryThatIsALinkIsRefused() throws IOException {
        Path t = template("features:\n  - id: web\n    default: true\n");
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("b.txt"), "x");
        Files.createDirectories(t.resolve("features"));
        Files.createSymbolicLink(t.resolve("features/web"), elsewhere);

        generate(t).failsWith(ExitCode.USAGE, "features/web", "symbolic link");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aFifoInATemplateIsRefusedInsteadOfBlocking() throws IOException, InterruptedException {
        Path t = templateWith("a.txt", "x");
        run("mkfifo", t.resolve("files/pipe.txt.ftl").toString());

        Hostile.run(Duration.ofSeconds(10), "new", "victim", "--batch", "--template", t.toString(), "--dir", out())
                .failsWith(ExitCode.USAGE, "files/pipe.txt.ftl", "not a regular file");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aCopiedFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
        Path t = templateWith("small.txt", "x");
        try (RandomAccessFile big = new RandomAccessFile(t.resolve("files/huge.bin").toFile(), "rw")) {
            big.setLength(17L << 20); // sparse: costs no disk
        }
        generate(t).failsWith(ExitCode.USAGE, "files/huge.bin", "16 MiB");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    // ---- FreeMarker: no Java, nothing outside the template -------------------------------------------------------

    @Test
    void newBuiltinCannotReachExecute() throws IOException {
        Path marker = tmp.resolve("pwned");
        Path t = templateWith("a.txt.ftl", "<#assign ex = \"freemarker.template.utility.Execute\"?new()>[=ex(\"touch "
                + marker + "\")]");
        generate(t).failsWith(ExitCode.USAGE, "files/a.txt.ftl");
        assertThat(marker).doesNotExist();
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void newBuiltinCannotReachObjectConstructor() throws IOException {
        Path t = templateWith("a.txt.ftl", "<#assign oc = \"freemarker.template.utility.ObjectConstructor\"?new()>"
                + "[=oc(\"java.io.File\", \"/etc/passwd\").delete()?c]");
        generate(t).failsWith(ExitCode.USAGE, "files/a.txt.ftl");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void apiBuiltinIsOff() throws IOException {
        Path t = templateWith("a.txt.ftl", "[=project?api.getClass().getProtectionDomain()]");
        generate(t).failsWith(ExitCode.USAGE, "files/a.txt.ftl", "api");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void interpretAndEvalAreRefused() throws IOException {
        Path t = templateWith("a.txt.ftl", "<@\"<#list 1.. as i></#list>\"?interpret/>");
        generate(t).failsWith(ExitCode.USAGE, "files/a.txt.ftl", "?interpret");
        Path u = file(t, "files/a.txt.ftl", "<#include \"inc.ftlh\">");
        file(u, "files/inc.ftlh", "[=(\"1+1\")?eval]");
        generate(u).failsWith(ExitCode.USAGE, "files/inc.ftlh", "?eval");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void includeOfAnAbsolutePathStaysInsideTheTemplate() throws IOException {
        Path t = templateWith("a.txt.ftl", "<#include \"/etc/passwd\">");
        generate(t).failsWith(ExitCode.USAGE, "files/a.txt.ftl", "not found").neverPrints("root:x:0");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void includeClimbingOutOfTheTemplateIsRefused() throws IOException {
        Files.writeString(tmp.resolve("secret.txt"), "NEIGHBOUR-SECRET");
        Path t = templateWith("a.txt.ftl", "<#include \"../../../secret.txt\">[=\"after\"]");
        generate(t).failsWith(ExitCode.USAGE, "files/a.txt.ftl").neverPrints("NEIGHBOUR-SECRET");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    // ---- rendered names ------------------------------------------------------------------------------------------

    @Test
    void aNameRenderingToParentIsRefused() throws IOException {
        Path t = templateWith("[=\"../x\"].txt", "x");
        TreeSnapshot before = TreeSnapshot.of(tmp);
        generate(t).failsWith(ExitCode.USAGE, "files/[=\"../x\"].txt", "escapes");
        before.assertUnchanged();
    }

    @Test
    void aNameRenderingToAnAbsolutePathIsRefused() throws IOException {
        Path t = templateWith("[=\"/etc/x\"].txt", "x");
        generate(t).failsWith(ExitCode.USAGE, "absolute");
        assertThat(Path.of("/etc/x.txt")).doesNotExist();
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aNameRenderingToNulIsRefused() throws IOException {
        Path t = templateWith("a[=\"\\x0000\"]b.txt", "x");
        generate(t).failsWith(ExitCode.USAGE, "control characters");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aSetValueThatEscapesTheTargetIsRefused() throws IOException {
        Path t = template("options:\n  - name: dir\n    default: src\n");
        file(t, "files/[=options.dir]/x.txt", "x");
        TreeSnapshot before = TreeSnapshot.of(tmp);
        generate(t, "--set", "dir=../../escaped").failsWith(ExitCode.USAGE, "files/[=options.dir]/x.txt", "escapes");
        before.assertUnchanged();
    }

    @Test
    void anAnswersOptionThatEscapesTheTargetIsRefused() throws IOException {
        Path t = template("options:\n  - name: dir\n    default: src\n");
        file(t, "files/[=options.dir]/x.txt", "x");
        Path answers = Files.writeString(tmp.resolve("answers.yaml"), "options:\n  dir: /etc\n");
        TreeSnapshot before = TreeSnapshot.of(tmp);
        generate(t, "--answers", answers.toString()).failsWith(ExitCode.USAGE, "files/[=options.dir]/x.txt", "absolute");
        before.assertUnchanged();
    }

    // ---- secrets -------------------------------------------------------------------------------------------------

    private Path secretTemplate(String fileName, String content) throws IOException {
        Path t = template("options:\n  - name: token\n    secret: true\n  - name: port\n    type: int\n    default: 1\n"
                + "  - name: pin\n    type: int\n    secret: true\n    default: 1\n");
        return file(t, "files/" + fileName, content);
    }

    @Test
    void aSecretInAnEscapingNameIsNeverPrinted() throws IOException {
        Path t = secretTemplate("[=options.token].txt", "x");
        generate(t, "--set", "token=../../" + SECRET).failsWith(ExitCode.USAGE, "files/[=options.token].txt")
                .neverPrints(SECRET).neverPrints("s3cr3t");
        generate(t, "--set", "token=../../" + SECRET, "--debug").neverPrints("s3cr3t");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aSecretInAConversionErrorIsNeverPrinted() throws IOException {
        Path t = secretTemplate("a.txt.ftl", "[=options.token?number]");
        generate(t, "--set", "token=" + SECRET).failsWith(ExitCode.USAGE, "files/a.txt.ftl").neverPrints("s3cr3t");
        generate(t, "--set", "token=" + SECRET, "--debug").neverPrints("s3cr3t");
        generate(t, "--set", "token=x", "--set", "pin=" + SECRET).failsWith(ExitCode.USAGE, "pin", "secret value")
                .neverPrints("s3cr3t");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    // ---- limits --------------------------------------------------------------------------------------------------

    @Test
    void gigabytesOfOutputStopAtTheFileLimit() throws IOException {
        Path t = templateWith("big.txt.ftl", "<#list 1..100000000 as i>" + "x".repeat(100) + "</#list>");
        generate(t).failsWith(ExitCode.USAGE, "files/big.txt.ftl", "16 MiB");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void anEndlessListStopsAtTheRenderTimeLimit() throws IOException {
        Path t = templateWith("loop.txt.ftl", "<#list 1.. as i></#list>");
        long start = System.nanoTime();
        generate(t, "--render-timeout", "1").failsWith(ExitCode.USAGE, "files/loop.txt.ftl", "1 s limit", "--render-timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aRecursiveMacroIsOneLineNamingTheFile() throws IOException {
        Path t = templateWith("rec.txt.ftl", "<#macro m n><@m n+1/></#macro><@m 0/>");
        generate(t).failsWith(ExitCode.USAGE, "files/rec.txt.ftl", "nest too deeply");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aSelfIncludeIsOneLineNamingTheFile() throws IOException {
        Path t = templateWith("self.txt.ftl", "x<#include \"self.txt.ftl\">");
        generate(t).failsWith(ExitCode.USAGE, "files/self.txt.ftl", "nest too deeply");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aRecoveredAttemptLogsNothing() throws IOException {
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger freemarker = Logger.getLogger("freemarker");
        freemarker.addHandler(handler);
        try {
            Path t = templateWith("a.txt.ftl", "<#attempt>[=nope]<#recover>fallback</#attempt>");
            Hostile run = generate(t);
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.err()).isEmpty();
        } finally {
            freemarker.removeHandler(handler);
        }
        assertThat(records).filteredOn(r -> r.getLevel().intValue() >= Level.WARNING.intValue()).isEmpty();
        assertThat(tmp.resolve("out/a.txt")).content().isEqualTo("fallback");
    }

    @Test
    void twoHundredThousandInterpolationsRenderInLinearTime() throws IOException {
        // Linear, not quadratic: four times the interpolations take about four times as long (16 if quadratic).
        // Measured as a ratio so that a loaded CI machine slows both runs alike; the render limit is raised for it.
        Path t = templateWith("many.txt.ftl", "[=project.name]\n".repeat(50_000));
        long quarter = timed(t);
        file(t, "files/many.txt.ftl", "[=project.name]\n".repeat(200_000));
        long full = timed(t);
        assertThat(Files.size(tmp.resolve("out/many.txt"))).isEqualTo(200_000L * "victim\n".length());
        assertThat(full).as("200,000 interpolations: %d ms; 50,000: %d ms", full, quarter).isLessThan(10 * quarter + 1_000);
    }

    private long timed(Path template) throws IOException {
        long start = System.nanoTime();
        Hostile run = generate(template, "--force", "--render-timeout", "120");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    @Test
    void aDefaultThatIsATemplateExpressionIsNotEvaluated() throws IOException {
        Path t = template("options:\n  - name: greeting\n    default: \"[=1/0]<#list 1.. as i></#list>\"\n");
        file(t, "files/a.txt.ftl", "[=options.greeting]");
        Hostile run = generate(t);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(tmp.resolve("out/a.txt")).content().isEqualTo("[=1/0]<#list 1.. as i></#list>");
    }

    // ---- answers files -------------------------------------------------------------------------------------------

    private Hostile withAnswers(String yaml) throws IOException {
        Path answers = Files.writeString(tmp.resolve("answers.yaml"), yaml);
        return Hostile.run("new", "--batch", "--answers", answers.toString(), "--dir", out());
    }

    @Test
    void answersAliasBombIsRefused() throws IOException {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *")
                    .append(p).append(", *").append(p).append("]\n");
        }
        withAnswers(yaml.toString()).failsWith(ExitCode.USAGE, "answers.yaml", "aliases");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void answersOverOneMebibyteAreRefused() throws IOException {
        withAnswers("name: x\n" + ("# padding\n".repeat(110_000))).failsWith(ExitCode.USAGE, "answers.yaml", "1024 KiB");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void deeplyNestedAnswersAreRefused() throws IOException {
        withAnswers("options: " + "[".repeat(500) + "]".repeat(500) + "\n").failsWith(ExitCode.USAGE, "answers.yaml");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void tabIndentedAnswersAreRefused() throws IOException {
        withAnswers("name: billing\noptions:\n\tport: 1\n").failsWith(ExitCode.USAGE, "answers.yaml:3");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void answersOfTheWrongTypeNameTheKeyWithoutQuotingTheValue() throws IOException {
        withAnswers("name: billing\njava: [VALUE-1, VALUE-2]\n").failsWith(ExitCode.USAGE, "answers.yaml:2", "java", "whole number")
                .neverPrints("VALUE-1");
        withAnswers("name: billing\njava: VALUE-3\n").failsWith(ExitCode.USAGE, "answers.yaml:2", "java").neverPrints("VALUE-3");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void anUnknownNestedAnswersKeyIsNamedWithItsLine() throws IOException {
        withAnswers("name: billing\ngroup: org.shop\n\nfeaturez:\n  - web\n").failsWith(ExitCode.USAGE, "answers.yaml:4", "featurez");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void anEmptyAnswersFileSaysSo() throws IOException {
        withAnswers("").failsWith(ExitCode.USAGE, "answers.yaml", "empty");
        withAnswers("# only a comment\n").failsWith(ExitCode.USAGE, "answers.yaml", "empty");
    }

    @Test
    void aDirectoryGivenAsAnswersFileSaysSo() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("answers.d"));
        Hostile.run("new", "--batch", "--answers", dir.toString(), "--dir", out())
                .failsWith(ExitCode.USAGE, "answers.d", "directory");
    }

    // ---- the file system -----------------------------------------------------------------------------------------

    @Test
    void aTargetOnAReadOnlyFileSystemIsAnInputError() throws IOException, InterruptedException {
        Path ro = Files.createDirectories(tmp.resolve("ro"));
        run("mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", ro.toString());
        try {
            Path t = templateWith("a.txt", "x");
            TreeSnapshot before = TreeSnapshot.of(ro);
            Hostile.run("new", "victim", "--batch", "--template", t.toString(), "--dir", ro.resolve("out").toString())
                    .failsWith(ExitCode.INPUT, "ro/out", "Read-only file system");
            before.assertUnchanged();
        } finally {
            new ProcessBuilder("umount", "-l", ro.toString()).start().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFullDiskLeavesNothingHalfWritten() throws IOException, InterruptedException {
        Path t = templateWith("small.txt", "x");
        file(t, "files/large.txt", "y".repeat(600 * 1024));
        try (FullDisk disk = FullDisk.mount(tmp.resolve("disk"), 512)) {
            TreeSnapshot before = TreeSnapshot.of(disk.root());
            Hostile.run("new", "victim", "--batch", "--template", t.toString(), "--dir", disk.root().resolve("out").toString())
                    .failsWith(ExitCode.INPUT, "disk/out", "No space left on device");
            before.assertUnchanged();
        }
    }

    @Test
    void aFullDiskDuringForceKeepsTheOldProject() throws IOException, InterruptedException {
        Path t = templateWith("small.txt", "x");
        file(t, "files/large.txt", "y".repeat(600 * 1024));
        try (FullDisk disk = FullDisk.mount(tmp.resolve("disk"), 512)) {
            Path old = Files.createDirectories(disk.root().resolve("out"));
            Files.writeString(old.resolve("keep.txt"), "old project");
            TreeSnapshot before = TreeSnapshot.of(disk.root());
            Hostile.run("new", "victim", "--batch", "--force", "--template", t.toString(), "--dir", old.toString())
                    .failsWith(ExitCode.INPUT, "No space left on device");
            before.assertUnchanged();
        }
    }

    @Test
    void missingParentDirectoriesAreCreatedAndAFileInThePathIsAUsageError() throws IOException {
        Path t = templateWith("a.txt", "x");
        Path deep = tmp.resolve("new/parent/out");
        Hostile ok = Hostile.run("new", "victim", "--batch", "--template", t.toString(), "--dir", deep.toString());
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(deep.resolve("a.txt")).content().isEqualTo("x");

        Files.writeString(tmp.resolve("afile"), "not a directory");
        TreeSnapshot before = TreeSnapshot.of(tmp);
        Hostile.run("new", "victim", "--batch", "--template", t.toString(), "--dir", tmp.resolve("afile/sub").toString())
                .failsWith(ExitCode.USAGE, "afile", "not a directory");
        before.assertUnchanged();
    }

    @Test
    void forceReplacesAnOldProjectCompletelyAndLeavesNoTemporaryDirectory() throws IOException {
        oldProject();
        Path t = templateWith("a.txt", "new");
        Hostile run = generate(t, "--force");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(tmp.resolve("out/keep.txt")).doesNotExist();
        assertThat(tmp.resolve("out/a.txt")).content().isEqualTo("new");
        try (var entries = Files.list(tmp)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("t", "out");
        }
    }

    @Test
    void forceDeletesLinksInTheOldProjectNotWhatTheyPointTo() throws IOException {
        Path precious = Files.createDirectories(tmp.resolve("precious"));
        Files.writeString(precious.resolve("data.txt"), "keep");
        Path old = oldProject();
        Files.createSymbolicLink(old.resolve("link-to-precious"), precious);
        Files.createSymbolicLink(old.resolve("link-to-file"), precious.resolve("data.txt"));
        Path t = templateWith("a.txt", "new");
        TreeSnapshot before = TreeSnapshot.of(tmp);

        Hostile run = generate(t, "--force");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(tmp.resolve("out/link-to-precious")).doesNotExist();
        before.assertUnchangedExcept("out");
        assertThat(precious.resolve("data.txt")).content().isEqualTo("keep");
    }
}
