package dev.stratum.cli.hostile;

import static dev.stratum.cli.hostile.AuditTrees.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratum.audit.AuditEngine;
import dev.stratum.audit.AuditOptions;
import dev.stratum.audit.AuditResult;
import dev.stratum.audit.CodebaseScanner;
import dev.stratum.core.ExitCode;
import dev.stratum.core.InputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stratum audit} against hostile trees: sources, configuration, links, special files, a cache that is
 * planted, forged, truncated or cannot be written, and concurrent runs. Every case runs through {@code Main.run}
 * (or, where a fault must be injected into the directory walk, through the engine with an injected walker) and
 * asserts the exit code, the warning or error naming the file, no stack trace and a bounded time.
 */
class AuditHostileTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Far below Hostile's default: these cases were hangs of tens of seconds or minutes before. */
    private static final Duration FAST = Duration.ofSeconds(20);

    @TempDir
    Path tmp;

    private Path repo() throws IOException {
        return Files.createDirectories(tmp.resolve("repo"));
    }

    private Path cache() {
        return tmp.resolve("cache");
    }

    private Hostile audit(Path repo, String... extra) {
        List<String> args = new ArrayList<>(List.of("audit", repo.toString(), "-q", "--cache-dir", cache().toString()));
        args.addAll(List.of(extra));
        return Hostile.run(FAST, args.toArray(String[]::new));
    }

    private static JsonNode json(Hostile run) throws IOException {
        return JSON.readTree(run.out());
    }

    private static List<String> warnings(Hostile run) throws IOException {
        List<String> out = new ArrayList<>();
        json(run).get("warnings").forEach(w -> out.add(w.get("file").asText() + ": " + w.get("message").asText()));
        return out;
    }

    private static List<String> ids(Hostile run) throws IOException {
        List<String> out = new ArrayList<>();
        json(run).get("findings").forEach(f -> out.add(f.get("id").asText() + " " + f.get("file").asText()));
        return out;
    }

    // ---- the cache: never in the audited tree, never trusted ----

    @Test
    void theCacheIsWrittenToTheCacheDirectoryAndTheAuditedTreeIsUnchanged() throws IOException {
        Path repo = AuditTrees.small(repo());
        TreeSnapshot before = TreeSnapshot.of(repo);

        audit(repo, "-f", "json").warnsAndExits(ExitCode.OK);
        Hostile warm = audit(repo, "-f", "json").warnsAndExits(ExitCode.OK);

        before.assertUnchanged(); // "git status" shows nothing new: no .stratum/, no temporary files
        assertThat(ids(warm)).containsExactly("MO005 src/main/java/app/Prints.java");
        Path file = AuditTrees.cacheFile(cache());
        assertThat(file.getParent().getParent()).isEqualTo(cache().resolve("audit"));
        assertThat(file.getParent().getFileName().toString()).hasSize(64); // sha256 of the audited real path
        assertThat(Files.getPosixFilePermissions(cache().resolve("audit-key"))).containsExactlyInAnyOrder(
                java.nio.file.attribute.PosixFilePermission.OWNER_READ, java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void aStratumDirectoryThatIsALinkOutsideGetsNothingWritten() throws IOException {
        Path repo = AuditTrees.small(repo());
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.createSymbolicLink(repo.resolve(".stratum"), outside);
        TreeSnapshot inside = TreeSnapshot.of(repo);

        audit(repo, "-f", "json").warnsAndExits(ExitCode.OK);

        assertThat(outside).isEmptyDirectory();
        inside.assertUnchanged();
    }

    @Test
    void aCachePlantedInTheAuditedTreeCannotHideFindings() throws IOException {
        Path repo = repo();
        StringBuilder code = new StringBuilder("package app;\nclass Keys {\n");
        for (int i = 0; i < 5; i++) {
            code.append("  static final String password").append(i).append(" = \"Zx9!qLm2#Rt7").append(i).append("\";\n");
        }
        write(repo, "src/main/java/app/Keys.java", code.append("}\n").toString());
        // the old layout: a cache in the repository saying this file has no findings
        ByteArrayOutputStream planted = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(planted)) {
            gz.write("{\"key\":\"any\",\"entries\":{}}".getBytes(StandardCharsets.UTF_8));
        }
        write(repo, ".stratum/cache/audit-v1.json.gz", planted.toByteArray());

        Hostile run = audit(repo, "-f", "json", "--exit-zero").warnsAndExits(ExitCode.OK);

        assertThat(ids(run)).filteredOn(id -> id.startsWith("SE001")).hasSize(5);
    }

    @Test
    void aForgedCacheInTheCacheDirectoryIsIgnoredWithOneWarningAndRebuilt() throws IOException {
        Path repo = repo();
        write(repo, "src/main/java/app/Keys.java", "package app;\nclass Keys {\n  static final String password = \"Zx9!qLm2#Rt7\";\n}\n");
        audit(repo, "-f", "json", "--exit-zero").warnsAndExits(ExitCode.OK);
        Path file = AuditTrees.cacheFile(cache());
        // same magic, an entry for every hash with no findings, but not signed with this user's key
        byte[] header = "STRATUM-AUDIT-CACHE/4\n".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream forged = new ByteArrayOutputStream();
        forged.write(header);
        forged.write(new byte[32]);
        try (OutputStream gz = new GZIPOutputStream(forged)) {
            gz.write("{\"key\":\"x\",\"root\":\"y\",\"entries\":{}}".getBytes(StandardCharsets.UTF_8));
        }
        Files.write(file, forged.toByteArray());

        Hostile run = audit(repo, "-f", "json", "--exit-zero")
                .warnsAndExits(ExitCode.OK, "audit cache", "failed its integrity check", "rebuilt");
        assertThat(run.err().lines()).hasSize(1);
        assertThat(ids(run)).containsExactly("SE001 src/main/java/app/Keys.java");

        Hostile again = audit(repo, "-f", "json", "--exit-zero").warnsAndExits(ExitCode.OK);
        assertThat(again.err()).isEmpty();
        assertThat(ids(again)).containsExactly("SE001 src/main/java/app/Keys.java");
    }

    @Test
    void aGzipBombAsTheCacheFileIsRejectedBeforeItIsDecompressed() throws IOException {
        Path repo = AuditTrees.small(repo());
        audit(repo).warnsAndExits(ExitCode.OK);
        Path file = AuditTrees.cacheFile(cache());
        // one gzip member of 64 MiB of zeros, repeated: a 31 MB file that would unpack to about 30 GiB
        ByteArrayOutputStream member = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(member, 1 << 16)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                gz.write(zeros);
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("STRATUM-AUDIT-CACHE/4\n".getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[32]);
            byte[] m = member.toByteArray();
            for (long written = 0; written < 31_000_000L; written += m.length) {
                out.write(m);
            }
        }

        Hostile run = audit(repo, "-f", "json").warnsAndExits(ExitCode.OK, "failed its integrity check");
        assertThat(ids(run)).containsExactly("MO005 src/main/java/app/Prints.java");
    }

    @Test
    void aTruncatedCacheFileGivesOneWarningAndIsRebuilt() throws IOException {
        Path repo = AuditTrees.small(repo());
        audit(repo).warnsAndExits(ExitCode.OK);
        Path file = AuditTrees.cacheFile(cache());
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));

        Hostile run = audit(repo, "-f", "json").warnsAndExits(ExitCode.OK, file.toString(), "ignored and rebuilt");
        assertThat(run.err().lines()).hasSize(1);
        assertThat(ids(run)).containsExactly("MO005 src/main/java/app/Prints.java");
        assertThat(audit(repo).warnsAndExits(ExitCode.OK).err()).isEmpty();
    }

    @Test
    void aGarbageCacheFileGivesOneWarningAndIsRebuilt() throws IOException {
        Path repo = AuditTrees.small(repo());
        audit(repo).warnsAndExits(ExitCode.OK);
        Path file = AuditTrees.cacheFile(cache());
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        Files.write(file, garbage);

        Hostile run = audit(repo, "-f", "json").warnsAndExits(ExitCode.OK, "not a Stratum audit cache");
        assertThat(run.err().lines()).hasSize(1);
        assertThat(ids(run)).containsExactly("MO005 src/main/java/app/Prints.java");
    }

    @Test
    void aCacheThatCannotBeWrittenLeavesNoTemporaryFilesAndTheReportIsRight() throws Exception {
        Path repo = AuditTrees.small(repo());
        try (FullDisk disk = FullDisk.mount(cache(), 256)) {
            audit(repo).warnsAndExits(ExitCode.OK); // key and directory exist now
            disk.fill();
            for (int run = 0; run < 3; run++) {
                // a changed file, so there is something to write (an unchanged tree leaves the cache file alone)
                write(repo, "src/main/java/app/Clean.java", AuditTrees.CLEAN + "// run " + run + "\n");
                Hostile full = audit(repo, "-f", "json").warnsAndExits(ExitCode.OK, "audit cache not written", "No space left");
                assertThat(ids(full)).containsExactly("MO005 src/main/java/app/Prints.java");
            }
            assertThat(AuditTrees.filesEndingWith(cache(), ".tmp", ".stratum-tmp")).isEmpty();
        }
        assertThat(AuditTrees.filesEndingWith(repo, ".tmp", ".stratum-tmp")).isEmpty();
    }

    @Test
    void twoConcurrentAuditsOfOneRepositoryShareACacheWithoutCorruptingIt() throws Exception {
        Path repo = repo();
        for (int i = 0; i < 40; i++) {
            write(repo, "src/main/java/app/P" + i + ".java", AuditTrees.PRINTS.replace("Prints", "P" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                Callable<Hostile> one = () -> audit(repo, "-f", "json");
                Future<Hostile> a = pool.submit(one);
                Future<Hostile> b = pool.submit(one);
                for (Hostile run : List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS))) {
                    run.warnsAndExits(ExitCode.OK);
                    assertThat(run.err()).isEmpty();
                    assertThat(ids(run)).hasSize(40).allMatch(id -> id.startsWith("MO005 "));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        // the file left by the last rename is whole and trusted: every file comes from it
        Hostile after = Hostile.run(FAST, "audit", repo.toString(), "--cache-dir", cache().toString());
        assertThat(after.exitCode()).isZero();
        assertThat(after.err()).doesNotContain("warning").contains(" lines, 40 from cache)");
        assertThat(AuditTrees.filesEndingWith(cache(), ".stratum-tmp")).isEmpty();
    }

    @Test
    void twoConcurrentAuditsWithTheirOwnCacheDirectoriesBothReportRight() throws Exception {
        Path repo = AuditTrees.small(repo());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Hostile>> runs = new ArrayList<>();
            for (String dir : List.of("c1", "c2")) {
                runs.add(pool.submit(() -> Hostile.run(FAST, "audit", repo.toString(), "-q", "-f", "json",
                        "--cache-dir", tmp.resolve(dir).toString())));
            }
            for (Future<Hostile> f : runs) {
                Hostile run = f.get(60, TimeUnit.SECONDS).warnsAndExits(ExitCode.OK);
                assertThat(ids(run)).containsExactly("MO005 src/main/java/app/Prints.java");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(AuditTrees.cacheFile(tmp.resolve("c1"))).isRegularFile();
        assertThat(AuditTrees.cacheFile(tmp.resolve("c2"))).isRegularFile();
    }

    @Test
    void aCacheDirectoryInsideTheAuditedTreeIsNotUsed() throws IOException {
        Path repo = AuditTrees.small(repo());
        TreeSnapshot before = TreeSnapshot.of(repo);
        Hostile run = Hostile.run(FAST, "audit", repo.toString(), "-q", "-f", "json", "--cache-dir",
                repo.resolve("cache").toString()).warnsAndExits(ExitCode.OK, "inside the audited tree");
        assertThat(ids(run)).containsExactly("MO005 src/main/java/app/Prints.java");
        before.assertUnchanged();
    }

    // ---- Java sources ----

    @Test
    void aSyntaxErrorIsAWarningNamingTheFileAndTheRestIsAudited() throws IOException {
        Path repo = AuditTrees.small(repo());
        write(repo, "src/main/java/app/Broken.java", "package app;\nclass Broken {\n  void f( { }\n");
        Hostile run = audit(repo, "-f", "json").warnsAndExits(ExitCode.OK);
        assertThat(warnings(run)).singleElement().asString()
                .startsWith("src/main/java/app/Broken.java: does not parse: line 3: syntax error");
        assertThat(ids(run)).containsExactly("MO005 src/main/java/app/Prints.java");
    }

    @Test
    void binaryJunkInvalidUtf8AndAUtf16FileWithABom() throws IOException {
        Path repo = AuditTrees.small(repo());
        byte[] junk = new byte[2048];
        new java.util.Random(1).nextBytes(junk);
        junk[10] = 0;
        write(repo, "src/main/java/app/Junk.java", junk);
        write(repo, "src/main/java/app/Latin1.java", "package app; class Latin1 { String s = \"caf\u00e9\"; }"
                .getBytes(StandardCharsets.ISO_8859_1));
        byte[] utf16 = ("\uFEFF" + AuditTrees.PRINTS.replace("Prints", "Wide")).getBytes(StandardCharsets.UTF_16BE);
        write(repo, "src/main/java/app/Wide.java", utf16);

        Hostile run = audit(repo, "-f", "json").warnsAndExits(ExitCode.OK);

        assertThat(warnings(run)).containsExactlyInAnyOrder(
                "src/main/java/app/Junk.java: binary content (NUL bytes), skipped",
                "src/main/java/app/Latin1.java: not valid UTF-8, skipped");
        assertThat(ids(run)).containsExactly("MO005 src/main/java/app/Prints.java", "MO005 src/main/java/app/Wide.java");
    }

    @Test
    void aTenMegabyteSingleLineFileIsSkippedQuickly() throws IOException {
        Path repo = AuditTrees.small(repo());
        byte[] line = new byte[10 * 1024 * 1024];
        java.util.Arrays.fill(line, (byte) 'a');
        write(repo, "src/main/java/app/Huge.java", line);
        Hostile run = audit(repo, "-f", "json").warnsAndExits(ExitCode.OK);
        assertThat(warnings(run)).containsExactly("src/main/java/app/Huge.java: larger than 4 MiB, skipped");
    }

    @Test
    void expressionsNestedFiftyThousandDeepAreAWarningNotAStackOverflow() throws IOException {
        Path repo = AuditTrees.small(repo());
        write(repo, "src/main/java/app/Parens.java",
                "package app; class Parens { int x = " + "(".repeat(50_000) + "1" + ")".repeat(50_000) + "; }");
        write(repo, "src/main/java/app/Chain.java",
                "package app; class Chain { int x = 1" + " + 1".repeat(50_000) + "; }");
        Hostile run = audit(repo, "-f", "json").warnsAndExits(ExitCode.OK);
        List<String> warnings = warnings(run);
        assertThat(warnings).anySatisfy(w -> assertThat(w).startsWith("src/main/java/app/Parens.java: brackets nested 5000"));
        // a flat chain the parser accepts, but whose tree is 50,000 deep: at worst this file is skipped
        assertThat(warnings).allSatisfy(w -> assertThat(w).matches("src/main/java/app/(Parens|Chain)\\.java: .*"));
        assertThat(ids(run)).contains("MO005 src/main/java/app/Prints.java");
    }

    @Test
    void aFifoAndALinkToDevZeroNamedJavaNeitherHang() throws Exception {
        Path repo = AuditTrees.small(repo());
        Path fifo = repo.resolve("src/main/java/app/Pipe.java");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();
        Files.createSymbolicLink(repo.resolve("src/main/java/app/Zero.java"), Path.of("/dev/zero"));

        Hostile run = audit(repo, "-f", "json").warnsAndExits(ExitCode.OK);

        assertThat(warnings(run)).containsExactlyInAnyOrder(
                "src/main/java/app/Pipe.java: not a regular file (a pipe, socket or device), skipped",
                "src/main/java/app/Zero.java: symbolic link to outside the audited tree, not followed");
        assertThat(ids(run)).containsExactly("MO005 src/main/java/app/Prints.java");
    }

    @Test
    void symbolicLinkLoopsAreAWarning() throws IOException {
        Path repo = AuditTrees.small(repo());
        Files.createSymbolicLink(repo.resolve("src/main/java/app/up"), repo.resolve("src"));
        Files.createSymbolicLink(repo.resolve("src/main/java/a"), repo.resolve("src/main/java/b"));
        Files.createSymbolicLink(repo.resolve("src/main/java/b"), repo.resolve("src/main/java/a"));
        Hostile run = audit(repo, "-f", "json").warnsAndExits(ExitCode.OK);
        assertThat(warnings(run)).containsExactlyInAnyOrder(
                "src/main/java/app/up: symbolic link loop, skipped",
                "src/main/java/a: symbolic link loop, skipped",
                "src/main/java/b: symbolic link loop, skipped");
        assertThat(ids(run)).containsExactly("MO005 src/main/java/app/Prints.java");
    }

    @Test
    void aLinkToTheRootDirectoryIsNotFollowed() throws IOException {
        Path repo = AuditTrees.small(repo());
        Files.createSymbolicLink(repo.resolve("src/main/java/host"), Path.of("/"));
        long start = System.nanoTime();
        Hostile run = audit(repo, "-f", "json").warnsAndExits(ExitCode.OK);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(warnings(run)).containsExactly("src/main/java/host: symbolic link to outside the audited tree, not followed");
    }

    @Test
    void aLinkInsideTheTreeIsFollowedOnceUnderItsOwnName() throws IOException {
        Path repo = AuditTrees.small(repo());
        // generated sources in build output, linked into the source tree: the only way they are audited
        write(repo, "target/generated/gen/Gen.java", AuditTrees.PRINTS.replace("package app", "package gen").replace("Prints", "Gen"));
        Files.createSymbolicLink(repo.resolve("src/main/java/gen"), repo.resolve("target/generated/gen"));
        Files.createSymbolicLink(repo.resolve("src/main/java/again"), repo.resolve("src/main/java/app"));
        Hostile run = audit(repo, "-f", "json").warnsAndExits(ExitCode.OK);
        assertThat(warnings(run)).isEmpty();
        assertThat(ids(run)).containsExactly("MO005 src/main/java/app/Prints.java", "MO005 src/main/java/gen/Gen.java");
    }

    @Test
    void aDirectoryOfOneHundredThousandEmptyFilesFinishesInSeconds() throws Exception {
        // on a tmpfs of the test's own: creating 100,000 files on a loaded CI disk alone takes longer than the audit
        try (FullDisk fs = FullDisk.mount(tmp.resolve("fs"), 256 * 1024)) {
            Path repo = AuditTrees.small(Files.createDirectories(fs.root().resolve("repo")));
            Path many = Files.createDirectories(repo.resolve("src/main/java/many"));
            for (int i = 0; i < 100_000; i++) {
                Files.createFile(many.resolve("E" + i + ".java"));
            }
            long start = System.nanoTime();
            Hostile run = Hostile.run(Duration.ofSeconds(40), "audit", repo.toString(), "-q", "--no-cache", "-f", "json")
                    .warnsAndExits(ExitCode.OK);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
            assertThat(ids(run)).containsExactly("MO005 src/main/java/app/Prints.java");
            assertThat(warnings(run)).isEmpty();
        }
    }

    // ---- faults in the walk (injected: as root, permissions cannot make a directory unlistable) ----

    /**
     * Files.walkFileTree with injected faults: a directory whose listing is denied (as /proc/1 for a normal user), a
     * directory whose listing fails part-way (as /proc/PID when the process ends), and work done after the walk.
     * Either path may be null.
     */
    private static CodebaseScanner.TreeWalker walker(Path denied, Path failsPartWay, Runnable afterWalk) {
        return (start, options, depth, visitor) -> {
            Files.walkFileTree(start, options, depth, new FileVisitor<Path>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (dir.equals(denied)) {
                        visitor.visitFileFailed(dir, new AccessDeniedException(dir.toString()));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return visitor.preVisitDirectory(dir, attrs);
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    return visitor.visitFile(file, attrs);
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    return visitor.visitFileFailed(file, e);
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    return visitor.postVisitDirectory(dir, dir.equals(failsPartWay) ? new IOException("readdir failed") : e);
                }
            });
            afterWalk.run();
        };
    }

    private static List<String> warnings(AuditResult result) {
        return result.report().warnings().stream().map(w -> w.file() + ": " + w.message()).toList();
    }

    @Test
    void anUnlistableSubdirectoryIsAWarningAndTheAuditGoesOn() throws IOException {
        Path repo = AuditTrees.small(repo());
        write(repo, "src/main/java/proc/One.java", AuditTrees.CLEAN);
        Path real = repo.toRealPath();
        Path proc = real.resolve("src/main/java/proc");
        Path half = real.resolve("src/main/java/app");
        // proc cannot be listed; app's listing fails part-way, and what was read of it is kept
        CodebaseScanner.TreeWalker partial = walker(proc, half, () -> { });

        AuditResult result = AuditEngine.standard().audit(repo, AuditOptions.defaults().withWalker(partial));

        assertThat(warnings(result)).containsExactlyInAnyOrder(
                "src/main/java/proc: permission denied, skipped",
                "src/main/java/app: listing failed part-way (cannot read (IOException), skipped)");
        assertThat(result.report().findings()).extracting(f -> f.id() + " " + f.file())
                .containsExactly("MO005 src/main/java/app/Prints.java");
    }

    @Test
    void anAuditedRootThatCannotBeListedSaysPermissionDenied() throws IOException {
        Path repo = AuditTrees.small(repo());
        Path real = repo.toRealPath();
        CodebaseScanner.TreeWalker denied = walker(real, null, () -> { });
        assertThatThrownBy(() -> AuditEngine.standard().audit(repo, AuditOptions.defaults().withWalker(denied)))
                .isInstanceOf(InputException.class).hasMessage(repo + ": permission denied")
                .satisfies(e -> assertThat(((InputException) e).exitCode()).isEqualTo(ExitCode.INPUT));
    }

    @Test
    void aRootWithModeZeroSaysPermissionDeniedWhenNotRoot() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "as root mode 000 does not stop a listing; the injected-walker case covers this");
        Path repo = AuditTrees.small(repo());
        Files.setPosixFilePermissions(repo, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
        try {
            audit(repo).failsWith(ExitCode.INPUT, repo.toString(), "permission denied");
        } finally {
            Files.setPosixFilePermissions(repo, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void filesDeletedOrTruncatedBetweenTheScanAndTheParseAreWarnings() throws IOException {
        Path repo = AuditTrees.small(repo());
        Path gone = write(repo, "src/main/java/app/Gone.java", AuditTrees.CLEAN.replace("Clean", "Gone"));
        Path cut = write(repo, "src/main/java/app/Cut.java", AuditTrees.PRINTS.replace("Prints", "Cut"));
        CodebaseScanner.TreeWalker racing = walker(null, null, () -> {
            try {
                Files.delete(gone);
                Files.write(cut, "package app;\nclass Cut {\n  void run() { Sys".getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        AuditResult result = AuditEngine.standard().audit(repo, AuditOptions.defaults().withWalker(racing));

        assertThat(warnings(result)).containsExactlyInAnyOrder(
                "src/main/java/app/Gone.java: disappeared during the audit, skipped",
                "src/main/java/app/Cut.java: does not parse: line 3: syntax error, unexpected identifier");
        assertThat(result.report().findings()).extracting(f -> f.file()).containsExactly("src/main/java/app/Prints.java");
    }

    // ---- configuration files and migrations ----

    @Test
    void hugeBinaryAndDeeplyNestedConfigurationFilesAreWarnings() throws IOException {
        Path repo = AuditTrees.small(repo());
        byte[] huge = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) '#');
        write(repo, "a/src/main/resources/application.yml", huge);
        byte[] binary = new byte[1024];
        new java.util.Random(3).nextBytes(binary);
        write(repo, "b/src/main/resources/application.yml", binary);
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            deep.append(" ".repeat(i)).append("k").append(i).append(":\n");
        }
        write(repo, "c/src/main/resources/application.yml", deep.toString());
        write(repo, "d/pom.xml", "<project>" + "<a>".repeat(5000) + "</a>".repeat(5000) + "</project>");

        Hostile run = audit(repo, "-f", "json").warnsAndExits(ExitCode.OK);

        List<String> warnings = warnings(run);
        assertThat(warnings).hasSize(4);
        assertThat(warnings.get(0)).isEqualTo("a/src/main/resources/application.yml: larger than 1 MiB, not read");
        assertThat(warnings.get(1)).startsWith("b/src/main/resources/application.yml: malformed YAML, skipped (");
        assertThat(warnings.get(2)).startsWith("c/src/main/resources/application.yml: malformed YAML, skipped (")
                .contains("nesting depth");
        assertThat(warnings.get(3)).startsWith("d/pom.xml: malformed pom.xml");
    }

    @Test
    void configurationFilesShapedToBeSlowAreReadInLinearTime() throws IOException {
        Path repo = AuditTrees.small(repo());
        // a key followed by 200,000 blanks (the key-line regex was quadratic: minutes), 80,000 properties (one scan
        // per key), hundreds of documents, and a pom with 10,000 dependencies (one scan per dependency)
        write(repo, "a/src/main/resources/application.yml", "a" + " ".repeat(200_000) + "b\n");
        StringBuilder props = new StringBuilder();
        for (int i = 0; i < 80_000; i++) {
            props.append("k").append(i).append("=v\n");
        }
        write(repo, "b/src/main/resources/application.properties", props.toString());
        write(repo, "c/src/main/resources/application.yml", "a: 1\n---\n".repeat(300));
        StringBuilder pom = new StringBuilder("<project><dependencies>\n");
        for (int i = 0; i < 10_000; i++) {
            pom.append("<dependency><groupId>g</groupId><artifactId>a").append(i).append("</artifactId></dependency>\n");
        }
        write(repo, "d/pom.xml", pom.append("</dependencies></project>\n").toString());

        Hostile run = audit(repo, "-f", "json", "--exit-zero").warnsAndExits(ExitCode.OK);

        assertThat(warnings(run)).containsExactly(
                "c/src/main/resources/application.yml: more than 100 YAML documents, the rest from line 201 is not read");
    }

    @Test
    void aYamlDocumentOfOnlyCommentsIsNotMalformed() throws IOException {
        Path repo = AuditTrees.small(repo());
        write(repo, "src/main/resources/application.yml",
                "# defaults\n# more\n---\nserver:\n  port: 8080\n---\n# prod profile comes later\n");
        Hostile run = audit(repo, "-f", "json").warnsAndExits(ExitCode.OK);
        assertThat(warnings(run)).isEmpty();
    }

    @Test
    void migrationsShapedToBacktrackFinishInLinearTime() throws IOException {
        Path repo = AuditTrees.small(repo());
        write(repo, "src/main/resources/db/migration/V1__comments.sql", "/* x ".repeat(120_000));
        write(repo, "src/main/resources/db/migration/V2__tables.sql", "create table t (".repeat(65_000));
        write(repo, "src/main/resources/db/migration/V3__real.sql",
                "-- a /* comment\ncreate table orders (id bigint primary key, email varchar(200) unique);\n");
        long start = System.nanoTime();
        Hostile run = audit(repo, "-f", "json").warnsAndExits(ExitCode.OK);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(warnings(run)).isEmpty();
    }

    // ---- text from the repository reaches terminals and documents escaped ----

    @Test
    void controlCharactersInAPropertyKeyNeverReachTheTerminalRaw() throws IOException {
        Path repo = AuditTrees.small(repo());
        write(repo, "src/main/resources/application.properties",
                "db\u001b]0;pwned\u0007\u202e.password=Zx9!qLm2#Rt7\n");
        Path out = Files.createDirectories(tmp.resolve("out"));
        Hostile run = audit(repo, "--exit-zero", "-f", "text", "-f", "json:" + out.resolve("r.json"),
                "-f", "sarif:" + out.resolve("r.sarif"), "-f", "html:" + out.resolve("r.html"),
                "-f", "markdown:" + out.resolve("r.md"), "-f", "junit:" + out.resolve("r.xml"))
                .warnsAndExits(ExitCode.OK);

        assertThat(run.out()).contains("db\\x1b]0;pwned\\x07\\u202e.password is a hard-coded secret");
        for (String text : List.of(run.out(), Files.readString(out.resolve("r.json")), Files.readString(out.resolve("r.sarif")),
                Files.readString(out.resolve("r.html")), Files.readString(out.resolve("r.md")),
                Files.readString(out.resolve("r.xml")))) {
            assertThat(text).doesNotContain("\u001b", "\u0007", "\u202e");
        }
        JsonNode findings = JSON.readTree(out.resolve("r.json").toFile()).get("findings");
        assertThat(findings.findValuesAsText("message")).anySatisfy(m -> assertThat(m)
                .startsWith("db\u001b]0;pwned\u0007\u202e.password")); // escaped in the file, the same text when read
        assertWellFormedXml(out.resolve("r.xml"));
    }

    @Test
    void aNewlineInADirectoryNameCannotForgeAReportLine() throws IOException {
        Path repo = repo();
        String forged = "x\n  high     SE001  src/Forged.java:1";
        write(repo, "src/main/java/" + forged + "/P.java", AuditTrees.PRINTS.replace("Prints", "P"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        Hostile run = audit(repo, "-f", "text", "-f", "junit:" + out.resolve("r.xml"), "-f", "markdown:" + out.resolve("r.md"))
                .warnsAndExits(ExitCode.OK);

        assertThat(run.out().lines()).noneMatch(l -> l.strip().startsWith("high     SE001"));
        assertThat(run.out()).contains("src/main/java/x\\n  high     SE001  src/Forged.java:1/P.java:3");
        assertThat(Files.readString(out.resolve("r.md")).lines()).noneMatch(l -> l.strip().startsWith("high"));
        assertWellFormedXml(out.resolve("r.xml"));
    }

    @Test
    void controlCharactersInTheAuditedRepositorysStratumYamlAreEscapedInTheErrorLine() throws IOException {
        Path repo = AuditTrees.small(repo());
        write(repo, "stratum.yaml", "audit:\n  \"dis\\e]0;owned\\aable\": []\n");
        Hostile run = audit(repo).failsWith(ExitCode.USAGE, "stratum.yaml:2", "unknown key 'dis\\x1b]0;owned\\x07able'");
        assertThat(run.err()).doesNotContain("\u001b", "\u0007");
    }

    private static void assertWellFormedXml(Path file) {
        try {
            javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new AssertionError(file + " is not well-formed XML: " + e.getMessage(), e);
        }
    }
}
