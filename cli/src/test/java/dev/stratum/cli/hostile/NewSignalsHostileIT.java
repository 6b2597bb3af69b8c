package dev.stratum.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGINT and SIGTERM during {@code stratum new} of a large template (thousands of files, tens of MB), and during
 * {@code new --force} over an existing project, sent to the shaded jar running as a child process at several
 * moments: while rendering, as soon as the temporary directory appears, while it fills, and (with --force) as soon
 * as the old project has been moved aside. Afterwards the target is absent or the old project byte for byte, or the
 * complete new project; never a mix, and no temporary directory remains beside it.
 */
class NewSignalsHostileIT {
    private static final Path JAR = Path.of("target/stratum.jar").toAbsolutePath();
    private static final int FILES = 3_000;

    @TempDir
    static Path shared;
    static Path template;
    static TreeSnapshot reference;

    @TempDir
    Path tmp;

    @BeforeAll
    static void largeTemplateAndItsReferenceOutput() throws Exception {
        assumeThat(JAR).as("the shaded jar (mvn package)").exists();
        template = Files.createDirectories(shared.resolve("large-template"));
        Files.writeString(template.resolve("template.yaml"), "id: large\nversion: 1.0.0\n");
        byte[] block = "0123456789abcdef".repeat(512).getBytes(StandardCharsets.UTF_8); // 8 KiB
        for (int i = 0; i < FILES; i++) {
            Path f = template.resolve("files/pkg" + (i % 30) + "/File" + i + ".txt");
            Files.createDirectories(f.getParent());
            Files.write(f, block);
        }
        for (int i = 0; i < 200; i++) {
            Files.writeString(template.resolve("files/pkg0/Rendered" + i + ".java.ftl"),
                    "package [=project.package];\nclass Rendered" + i + " {}\n");
        }
        Path ref = shared.resolve("reference");
        Process p = stratum(ref, false);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(p.getErrorStream().readAllBytes())).isZero();
        reference = TreeSnapshot.of(ref);
        assertThat(reference.entries()).hasSizeGreaterThan(FILES);
    }

    private static Process stratum(Path target, boolean force) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-jar", JAR.toString(), "new", "big", "--batch",
                "--template", template.toString(), "--dir", target.toString()));
        if (force) {
            cmd.add("--force");
        }
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** When to send the signal, relative to what the child has put on disk so far. */
    private enum Moment { RENDERING, STAGING_APPEARS, STAGING_FILLING, OLD_MOVED_ASIDE }

    private enum Signal { TERM, INT }

    @Test
    void sigtermAndSigintDuringNewLeaveNothingOrTheCompleteProject() throws Exception {
        for (Signal signal : Signal.values()) {
            for (Moment moment : List.of(Moment.RENDERING, Moment.STAGING_APPEARS, Moment.STAGING_FILLING)) {
                Path dir = Files.createDirectories(tmp.resolve(signal + "-" + moment));
                Path target = dir.resolve("out");
                interrupt(stratum(target, false), dir, signal, moment);
                if (Files.exists(target)) {
                    assertThat(TreeSnapshot.of(target).entries()).as("%s at %s: complete", signal, moment)
                            .isEqualTo(reference.entries());
                }
                assertThat(siblings(dir)).as("%s at %s: no temporary directory", signal, moment)
                        .allMatch(name -> name.equals("out"));
                System.out.printf("new, %s at %s: %s%n", signal, moment, Files.exists(target) ? "new project" : "nothing");
            }
        }
    }

    @Test
    void sigtermAndSigintDuringForceLeaveTheOldProjectOrTheCompleteNewOne() throws Exception {
        for (Signal signal : Signal.values()) {
            for (Moment moment : Moment.values()) {
                Path dir = Files.createDirectories(tmp.resolve(signal + "-" + moment));
                Path target = oldProject(dir.resolve("out"));
                Map<String, String> old = TreeSnapshot.of(target).entries();
                interrupt(stratum(target, true), dir, signal, moment);
                assertThat(target).as("%s at %s: the target is never lost", signal, moment).isDirectory();
                Map<String, String> now = TreeSnapshot.of(target).entries();
                assertThat(now.equals(old) || now.equals(reference.entries()))
                        .as("%s at %s: the old project or the complete new one, not %d entries (differing from the new: %s)",
                                signal, moment, now.size(), difference(now, reference.entries()))
                        .isTrue();
                assertThat(siblings(dir)).as("%s at %s: no temporary directory", signal, moment)
                        .containsExactly("out");
                System.out.printf("new --force, %s at %s: %s%n", signal, moment, now.equals(old) ? "old project" : "new project");
            }
        }
    }

    @Test
    void answersFromAClosedStandardInputSaySo() throws Exception {
        Process p = new ProcessBuilder("sh", "-c", "exec \"$0\" -jar \"$1\" new --batch --answers /dev/stdin --dry-run <&-",
                javaBin(), JAR.toString()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(err).isEqualTo(2);
        assertThat(err.strip()).startsWith("stratum: error: ").contains("standard input is closed").doesNotContain("KiB");
        assertThat(err.strip().lines()).hasSize(1);

        Process piped = new ProcessBuilder(javaBin(), "-jar", JAR.toString(), "new", "--batch", "--answers", "-", "--dry-run")
                .start();
        piped.getOutputStream().write("name: piped\n".getBytes(StandardCharsets.UTF_8));
        piped.getOutputStream().close();
        assertThat(piped.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(piped.exitValue()).as(new String(piped.getErrorStream().readAllBytes())).isZero();
        assertThat(new String(piped.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("piped");
    }

    private static List<String> difference(Map<String, String> a, Map<String, String> b) {
        List<String> out = new ArrayList<>();
        a.forEach((k, v) -> {
            if (!v.equals(b.get(k))) {
                out.add(k + "=" + v + " vs " + b.get(k));
            }
        });
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(k -> out.add("missing " + k));
        return out.stream().limit(5).toList();
    }

    /** An old project with many files, so that moving it aside and deleting it take measurable time. */
    private static Path oldProject(Path target) throws IOException {
        for (int i = 0; i < 1_000; i++) {
            Path f = target.resolve("old/dir" + (i % 20) + "/Old" + i + ".txt");
            Files.createDirectories(f.getParent());
            Files.writeString(f, "old content " + i);
        }
        Files.writeString(target.resolve("README.md"), "the old project");
        return target;
    }

    private static void interrupt(Process process, Path dir, Signal signal, Moment moment) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        switch (moment) {
            case RENDERING -> Thread.sleep(700);
            case STAGING_APPEARS -> waitFor(dir, ".out.stratum-", false, process, deadline);
            case STAGING_FILLING -> {
                waitFor(dir, ".out.stratum-", false, process, deadline);
                Thread.sleep(150);
            }
            case OLD_MOVED_ASIDE -> waitFor(dir, ".out.stratum-old-", true, process, deadline);
        }
        if (signal == Signal.TERM) {
            process.destroy();
        } else {
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the child ends after %s", signal).isTrue();
    }

    /** Polls until an entry with the prefix exists (or the child has ended: the moment passed). */
    private static void waitFor(Path dir, String prefix, boolean exact, Process process, long deadline) throws Exception {
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (siblings(dir).stream().anyMatch(n -> n.startsWith(prefix) && (exact || !n.startsWith(".out.stratum-old-")))) {
                return;
            }
            Thread.sleep(1);
        }
    }

    private static List<String> siblings(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
