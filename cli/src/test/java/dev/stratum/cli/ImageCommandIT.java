package dev.stratum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.testsupport.LocalRegistry;
import dev.stratum.testsupport.LocalRegistryExtension;
import dev.stratum.testsupport.ProcessRunner;
import dev.stratum.testsupport.Skopeo;
import dev.stratum.testsupport.SpringBootJarFixture;
import dev.stratum.testsupport.TestBaseImage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code stratum image} through the CLI: exit codes, one-line errors, output, and secrets kept out of it. */
class ImageCommandIT {
    @RegisterExtension
    static final LocalRegistryExtension REGISTRY = LocalRegistryExtension.plain();

    @TempDir
    Path dir;

    private Path project() throws Exception {
        Path project = dir.resolve("demo");
        SpringBootJarFixture.write(project, "v1");
        return project;
    }

    private static String tarBase() {
        return "tar:" + TestBaseImage.tar();
    }

    @Test
    void noBuildOutputIsExit3NamingTheJarAndSuggestingMvnPackage() throws Exception {
        Path project = project();
        Files.delete(project.resolve("target").resolve(SpringBootJarFixture.JAR));
        CliRun run = CliRun.of("image", project.toString(), "--to", REGISTRY.host() + "/demo:1", "--insecure-registry");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.isOneLineError()).as(run.err()).isTrue();
        assertThat(run.err()).contains("demo-1.0.0.jar", "mvn package");
    }

    @Test
    void conflictingOrMissingTargetsAreExit2() throws Exception {
        Path project = project();
        CliRun both = CliRun.of("image", project.toString(), "--to", "r.example.com/a:1", "--tar", "a.tar");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.isOneLineError()).as(both.err()).isTrue();
        assertThat(CliRun.of("image", project.toString()).exitCode()).isEqualTo(2);
        CliRun format = CliRun.of("image", project.toString(), "--to", "r.example.com/a:1", "--format", "oci");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("--format");
    }

    @Test
    void invalidReferenceIsExit2() throws Exception {
        CliRun run = CliRun.of("image", project().toString(), "--to", "UPPER/Case Ref:!");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.isOneLineError()).as(run.err()).isTrue();
        assertThat(run.err()).contains("--to");
    }

    @Test
    void dryRunPrintsThePlan() throws Exception {
        CliRun run = CliRun.of("image", project().toString(), "--to", REGISTRY.host() + "/dryrun:1", "--dry-run",
                "--base", tarBase(), "--port", "9000", "--label", "team=orders");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("dry run", "dependencies", "application", "9000/tcp", "team=orders");
        assertThat(REGISTRY.registry().log()).doesNotContain("/v2/dryrun/");
    }

    @Test
    void pushPrintsReferenceAndDigestAndWritesTheDigestFile() throws Exception {
        Path digestFile = dir.resolve("digest.txt");
        String ref = REGISTRY.host() + "/demo:1";
        CliRun run = CliRun.of("image", project().toString(), "--to", ref, "--insecure-registry", "--base", tarBase(),
                "--tag", "latest", "--digest-file", digestFile.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String digest = Files.readString(digestFile).strip();
        assertThat(run.out()).contains("pushed " + ref, "digest " + digest);
        assertThat(run.err()).contains("pushed layer application");
        assertThat(Skopeo.inspect("docker://" + REGISTRY.host() + "/demo:latest").path("Digest").asText()).isEqualTo(digest);
    }

    @Test
    void unreachableRegistryIsExit3OnOneLineQuickly() throws Exception {
        long start = System.nanoTime();
        CliRun run = CliRun.of("image", project().toString(), "--to", "127.0.0.1:" + LocalRegistry.freePort() + "/demo:1",
                "--insecure-registry", "--base", tarBase(), "--timeout", "5", "-q");
        assertThat((System.nanoTime() - start) / 1_000_000_000).isLessThan(30);
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.isOneLineError()).as(run.err()).isTrue();
        assertThat(run.err()).contains("cannot reach");
    }

    /** Unpinned base, no -q: the not-pinned warning and the progress line must not come before the error. */
    @Test
    void unreachableRegistryWithUnpinnedBaseIsStillExactlyOneLine() throws Exception {
        String host = "127.0.0.1:" + LocalRegistry.freePort();
        CliRun run = CliRun.of("image", project().toString(), "--to", host + "/demo:1", "--base", host + "/base:1",
                "--insecure-registry", "--timeout", "5");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err().strip().lines()).as(run.err()).hasSize(1).allMatch(l -> l.startsWith("stratum: error: "));
        assertThat(run.err()).contains("cannot reach");
    }

    @Test
    void registryAnsweringGarbageWithUnpinnedBaseIsExactlyOneLine() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket socket = server.accept()) {
                        socket.getOutputStream().write("this is not HTTP at all\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            String host = "127.0.0.1:" + server.getLocalPort();
            CliRun run = CliRun.of("image", project().toString(), "--to", host + "/demo:1", "--base", host + "/base:1",
                    "--insecure-registry", "--timeout", "3");
            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.err().strip().lines()).as(run.err()).hasSize(1).allMatch(l -> l.startsWith("stratum: error: "));
        }
    }

    @Test
    void dockerTargetWithoutADaemonIsExit3OnOneLine() throws Exception {
        boolean daemon = dev.stratum.testsupport.Tools.find("docker").isPresent()
                && ProcessRunner.run(List.of("docker", "info"), null, 30).exitCode() == 0;
        org.junit.jupiter.api.Assumptions.assumeFalse(daemon, "a Docker daemon is running: the failure path cannot be tested");
        CliRun run = CliRun.of("image", project().toString(), "--docker", "--base", tarBase(), "-q");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.isOneLineError()).as(run.err()).isTrue();
        assertThat(run.err()).contains("Docker daemon");
    }

    @Test
    void tarOutputInOciFormat() throws Exception {
        Path tar = dir.resolve("out/demo.tar");
        CliRun run = CliRun.of("image", project().toString(), "--tar", tar.toString(), "--format", "oci",
                "--base", tarBase(), "--name", "demo:oci");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Skopeo.config("oci-archive:" + tar).path("config").path("User").asText()).isEqualTo("65532:65532");
    }

    /** Credentials come from the environment, so these run the real launcher jar in a child process. */
    @Test
    void credentialsFromTheEnvironmentAreUsedAndNeverPrintedEvenWithDebug() throws Exception {
        String user = "cli-user";
        String password = "Env-Pa55-" + Long.toHexString(System.nanoTime());
        Path regDir = dir.resolve("auth-registry");
        try (LocalRegistry secure = LocalRegistry.withAuth(regDir, user, password)) {
            Path project = project();
            String ref = secure.host() + "/secure/demo:1";

            ProcessRunner.Result wrong = stratum(Map.of("STRATUM_REGISTRY_USERNAME", user,
                    "STRATUM_REGISTRY_PASSWORD", "not-" + password), "image", project.toString(), "--to", ref,
                    "--insecure-registry", "--base", tarBase(), "--debug");
            assertThat(wrong.exitCode()).as(wrong.output()).isEqualTo(3);
            assertThat(wrong.output()).contains("stratum: error: registry refused access").doesNotContain(password);
            ProcessRunner.Result quiet = stratum(Map.of("STRATUM_REGISTRY_USERNAME", user,
                    "STRATUM_REGISTRY_PASSWORD", "not-" + password), "image", project.toString(), "--to", ref,
                    "--insecure-registry", "--base", tarBase(), "-q");
            assertThat(quiet.output().strip().lines()).hasSize(1).allMatch(l -> l.startsWith("stratum: error: "));

            ProcessRunner.Result right = stratum(Map.of("STRATUM_REGISTRY_USERNAME", user,
                    "STRATUM_REGISTRY_PASSWORD", password), "image", project.toString(), "--to", ref,
                    "--insecure-registry", "--base", tarBase(), "--debug");
            assertThat(right.exitCode()).as(right.output()).isZero();
            assertThat(right.output()).contains("pushed " + ref).doesNotContain(password);
            assertThat(Skopeo.inspect("docker://" + ref, user, password).path("Digest").asText()).startsWith("sha256:");
        }
    }

    /** Half the credentials is a usage error, reported before the not-pinned warning or any progress. */
    @Test
    void halfTheCredentialsIsExit2OnExactlyOneLineBeforeAnyWarning() throws Exception {
        ProcessRunner.Result run = stratum(Map.of("STRATUM_REGISTRY_PASSWORD", "x"), "image", project().toString(),
                "--to", "127.0.0.1:1/x:1", "--base", "127.0.0.1:1/base:1");
        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.output().strip().lines()).as(run.output()).hasSize(1)
                .allMatch(l -> l.startsWith("stratum: error: set both "));
    }

    static ProcessRunner.Result stratum(Map<String, String> env, String... args) {
        Path jar = Path.of(System.getenv().getOrDefault("STRATUM_HOME", ".."), "cli", "target", "stratum.jar");
        assertThat(jar).as("the shaded jar (built in the package phase)").exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        return ProcessRunner.run(command, null, 180, env);
    }
}
