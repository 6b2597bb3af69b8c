package dev.stratum.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.stratum.core.ExitCode;
import dev.stratum.testsupport.LocalRegistry;
import dev.stratum.testsupport.LocalRegistryExtension;
import dev.stratum.testsupport.SpringBootJarFixture;
import dev.stratum.testsupport.TestBaseImage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input and faults for {@code stratum image}: tokens in pom URLs, bad references, registries that are
 * absent, refuse, answer garbage, store nothing or stall, planted links, a full disk, corrupt base images and bad
 * flags. Every server is on 127.0.0.1 (a real docker-registry, or a fake one made here); every case asserts the
 * exit code, one line naming what is wrong, no stack trace, and a bound on the time taken.
 */
class ImageHostileIT {
    @RegisterExtension
    static final LocalRegistryExtension REGISTRY = LocalRegistryExtension.plain();

    private static final String TOKEN = "ghp_HostileTok3n0123456789abcdefABCDEF";
    /** Bounds far above what each case needs; the deadline cases assert their own, tighter bound. */
    private static final Duration LIMIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final List<AutoCloseable> servers = new ArrayList<>();

    @BeforeAll
    static void baseImage() {
        TestBaseImage.tar(); // built once per machine; not part of any case's time
    }

    @AfterEach
    void stopServers() throws Exception {
        for (AutoCloseable server : servers) {
            server.close();
        }
    }

    private Path project() throws IOException {
        Path project = dir.resolve("demo");
        SpringBootJarFixture.write(project, "v1");
        return project;
    }

    private static String base() {
        return "tar:" + TestBaseImage.tar();
    }

    /** {@code stratum image PROJECT ARGS --base TAR -q}: the common prefix of every case. */
    private static Hostile image(Duration limit, Path project, String... args) {
        List<String> all = new ArrayList<>(List.of("image", project.toString()));
        all.addAll(Arrays.asList(args));
        if (!all.contains("--base")) {
            all.addAll(List.of("--base", base()));
        }
        all.add("-q");
        return Hostile.run(limit, all.toArray(String[]::new));
    }

    private static Hostile image(Path project, String... args) {
        return image(LIMIT, project, args);
    }

    // ---- 1. credentials in pom URLs ----

    private Path projectWithTokenInPom() throws IOException {
        Path project = project();
        Path pom = project.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom)
                .replace("<scm><url>https://example.com/acme/demo</url></scm>",
                        "<url>https://ci:" + TOKEN + "@example.com/site</url>"
                                + "<scm><url>https://x-access-token:" + TOKEN + "@github.com/acme/demo</url></scm>"));
        return project;
    }

    @Test
    void aTokenInThePomsUrlsIsNeitherPrintedNorPushedInTheLabels() throws Exception {
        Path project = projectWithTokenInPom();
        String ref = REGISTRY.host() + "/token/demo:1";

        Hostile plan = Hostile.run(LIMIT, "image", project.toString(), "--to", ref, "--dry-run", "--base", base(), "--debug");
        assertThat(plan.exitCode()).as(plan.err()).isZero();
        plan.neverPrints(TOKEN).noStackTrace();
        assertThat(plan.out()).contains("org.opencontainers.image.source=https://github.com/acme/demo");

        Hostile push = image(project, "--to", ref, "--insecure-registry");
        assertThat(push.exitCode()).as(push.err()).isZero();
        push.neverPrints(TOKEN).noStackTrace();
        String config = pushedConfig("token/demo", "1");
        assertThat(config).doesNotContain(TOKEN).doesNotContain("x-access-token")
                .contains("\"org.opencontainers.image.source\":\"https://github.com/acme/demo\"")
                .contains("\"org.opencontainers.image.url\":\"https://example.com/site\"");
    }

    @Test
    void aTokenInALabelFlagIsStrippedFromTheTarsConfigToo() throws Exception {
        Path tar = dir.resolve("out/demo.tar");
        Hostile run = image(project(), "--tar", tar.toString(), "--label", "docs=https://u:" + TOKEN + "@docs.example.com/x");
        assertThat(run.exitCode()).as(run.err()).isZero();
        run.neverPrints(TOKEN);
        assertThat(new String(Files.readAllBytes(tar), StandardCharsets.ISO_8859_1))
                .doesNotContain(TOKEN).contains("https://docs.example.com/x");
    }

    /** The image config as the registry serves it: manifest by tag, then the config blob it names. */
    private static String pushedConfig(String repository, String tag) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI base = REGISTRY.registry().baseUri();
        String manifest = client.send(HttpRequest.newBuilder(base.resolve("/v2/" + repository + "/manifests/" + tag))
                .header("Accept", "application/vnd.docker.distribution.manifest.v2+json").timeout(Duration.ofSeconds(5))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("\"config\"\\s*:\\s*\\{[^}]*\"digest\"\\s*:\\s*\"(sha256:[0-9a-f]{64})\"").matcher(manifest);
        assertThat(m.find()).as("manifest names its config: %s", manifest).isTrue();
        return client.send(HttpRequest.newBuilder(base.resolve("/v2/" + repository + "/blobs/" + m.group(1)))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    // ---- 2. references validated up front ----

    static Stream<Arguments> badReferences() {
        String host = "127.0.0.1:1";
        return Stream.of(
                Arguments.of(List.of("--to", host + "/" + "a".repeat(5000) + ":1"), List.of("--to", "at most 255")),
                Arguments.of(List.of("--to", host + "/Orders:1"), List.of("--to", "lower-case")),
                Arguments.of(List.of("--to", host + "/orders:-1"), List.of("--to", "tag -1 is not valid")),
                Arguments.of(List.of("--to", host + "/orders:" + "t".repeat(129)), List.of("--to", "limit is 128")),
                Arguments.of(List.of("--to", ""), List.of("--to", "empty image reference")),
                Arguments.of(List.of("--to", host + "/orders@sha256:" + "a".repeat(64)), List.of("--to", "digest")),
                Arguments.of(List.of("--to", host + "/orders:1", "--base", "base@sha256:short"), List.of("--base", "digest")),
                Arguments.of(List.of("--to", host + "/orders:1", "--tag", "bad tag"), List.of("--tag", "not valid")),
                Arguments.of(List.of("--tar", "x.tar", "--name", "x".repeat(300)), List.of("--name", "at most 255")));
    }

    @ParameterizedTest
    @MethodSource("badReferences")
    void badReferencesAreUsageErrorsBeforeAnyRegistryIsContacted(List<String> args, List<String> mentions) throws Exception {
        long start = System.nanoTime();
        Hostile run = image(project(), args.toArray(String[]::new));
        run.failsWith(ExitCode.USAGE, mentions.toArray(String[]::new));
        assertThat(run.err()).as("a long reference is not echoed in full").hasSizeLessThan(400);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    // ---- 3. a push is done only when the registry serves it ----

    @Test
    void aWebServerAnswering200HtmlToEverythingIsNotARegistry() throws Exception {
        String server = fake((exchange, body) -> respond(exchange, 200, "text/html", "<html>welcome</html>", false));
        Hostile run = image(project(), "--to", server + "/demo:1", "--insecure-registry", "--timeout", "5");
        run.failsWith(ExitCode.INPUT, server, "does not serve the registry API", "text/html");
        assertThat(run.out()).doesNotContain("pushed");
    }

    @Test
    void aRegistryThatAcceptsEverythingButStoresNothingIsNotAPush() throws Exception {
        String server = fake((exchange, body) -> respond(exchange, 200, "text/html", "<html>ok</html>", true));
        Path digestFile = dir.resolve("digest.txt");
        Hostile run = image(project(), "--to", server + "/demo:1", "--insecure-registry", "--timeout", "10",
                "--digest-file", digestFile.toString());
        run.failsWith(ExitCode.INPUT, server, "did not confirm the push", "/v2/demo/manifests/");
        assertThat(run.out()).doesNotContain("pushed").doesNotContain("digest");
        assertThat(digestFile).doesNotExist();
    }

    // ---- 4. one deadline for the whole run ----

    @Test
    void aProbeThatDripsOneByteASecondEndsAtTheDeadline() throws Exception {
        String server = fake((exchange, body) -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 100_000);
            OutputStream out = exchange.getResponseBody();
            for (int i = 0; i < 100_000; i++) {
                out.write('{');
                out.flush();
                sleep(1_000);
            }
        });
        long start = System.nanoTime();
        Hostile run = image(project(), "--to", server + "/demo:1", "--insecure-registry", "--timeout", "2");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        run.failsWith(ExitCode.INPUT, server, "within 2s", "--timeout");
        assertThat(took).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void aRegistryThatHangsAfterTheProbeEndsAtTheDeadline() throws Exception {
        String server = fake((exchange, body) -> {
            if (exchange.getRequestURI().getPath().equals("/v2/")) {
                respond(exchange, 200, "application/json", "{}", true);
            } else {
                sleep(120_000);
            }
        });
        long start = System.nanoTime();
        Hostile run = image(project(), "--to", server + "/demo:1", "--insecure-registry", "--timeout", "3");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        run.failsWith(ExitCode.INPUT, server + "/demo:1", "did not finish within 3s", "--timeout");
        assertThat(took).isLessThan(Duration.ofSeconds(9));
    }

    // ---- registries that are absent, refuse, fail or answer garbage ----

    @Test
    void nothingListeningFailsQuickly() throws Exception {
        String host = "127.0.0.1:" + LocalRegistry.freePort();
        long start = System.nanoTime();
        Hostile run = image(project(), "--to", host + "/demo:1", "--insecure-registry", "--timeout", "5");
        run.failsWith(ExitCode.INPUT, "cannot reach", host);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void aRegistryAnswering401RefusesAccessOnOneLine() throws Exception {
        String server = fake((exchange, body) -> {
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"hostile\"");
            respond(exchange, 401, "application/json", "{\"errors\":[{\"code\":\"UNAUTHORIZED\"}]}", true);
        });
        Hostile run = image(project(), "--to", server + "/demo:1", "--insecure-registry", "--timeout", "10");
        run.failsWith(ExitCode.INPUT, server);
        assertThat(run.err()).containsAnyOf("refused access", "unauthorized", "not sent over plain http");
    }

    @Test
    void aRegistryAnswering500IsNotTreatedAsARegistry() throws Exception {
        String server = fake((exchange, body) -> respond(exchange, 500, "text/plain", "internal error", false));
        Hostile run = image(project(), "--to", server + "/demo:1", "--insecure-registry", "--timeout", "5");
        run.failsWith(ExitCode.INPUT, server, "HTTP 500");
    }

    @Test
    void aServerAnsweringGarbageFailsOnOneLine() throws Exception {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        servers.add(server);
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    socket.getOutputStream().write("\u0000\u00ffnot HTTP\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                } catch (IOException closed) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
        String host = "127.0.0.1:" + server.getLocalPort();
        Hostile run = image(project(), "--to", host + "/demo:1", "--insecure-registry", "--timeout", "5");
        run.failsWith(ExitCode.INPUT, host);
    }

    // ---- 5. planted links under target/stratum-image ----

    @Test
    void aLinkPlantedInTheUnpackDirectoryIsNeverWrittenThrough() throws Exception {
        Path project = project();
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "precious");
        Path exploded = Files.createDirectories(project.resolve("target/stratum-image/exploded"));
        Files.createSymbolicLink(exploded.resolve("BOOT-INF"), outside);
        Path cache = Files.createDirectories(project.resolve("target/stratum-image/cache"));
        Files.createSymbolicLink(cache.resolve("layers"), outside);
        TreeSnapshot before = TreeSnapshot.of(outside);

        Hostile run = image(project, "--tar", dir.resolve("demo.tar").toString());

        run.warnsAndExits(ExitCode.OK, "symbolic link");
        before.assertUnchanged();
        assertThat(Files.isSymbolicLink(exploded.resolve("BOOT-INF"))).isFalse();
    }

    @Test
    void aLinkedWorkDirectoryIsRefused() throws Exception {
        Path project = project();
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.createSymbolicLink(project.resolve("target/stratum-image"), outside);
        TreeSnapshot before = TreeSnapshot.of(outside);
        image(project, "--tar", dir.resolve("demo.tar").toString())
                .failsWith(ExitCode.INPUT, "stratum-image", "symbolic link");
        before.assertUnchanged();
        assertThat(dir.resolve("demo.tar")).doesNotExist();
    }

    // ---- 6. a tar is all or nothing ----

    @Test
    void aFullDiskLeavesThePreviousTarAsItWas() throws Exception {
        Path project = project();
        try (FullDisk disk = FullDisk.mount(dir.resolve("full"), 512)) {
            Path tar = disk.root().resolve("demo.tar");
            Files.writeString(tar, "the good tar");
            disk.fill();
            TreeSnapshot before = TreeSnapshot.of(disk.root());
            image(project, "--tar", tar.toString()).failsWith(ExitCode.INPUT, tar.toString(), "No space left on device");
            before.assertUnchanged();
        }
    }

    @Test
    void aTarTargetThatIsASymbolicLinkIsRefused() throws Exception {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
        Path tar = Files.createSymbolicLink(dir.resolve("demo.tar"), victim);
        image(project(), "--tar", tar.toString()).failsWith(ExitCode.USAGE, tar.toString(), "symbolic link");
        assertThat(victim).hasContent("precious");
    }

    // ---- 7. labels and JVM flags ----

    @Test
    void anEmptyLabelKeyIsAUsageError() throws Exception {
        image(project(), "--tar", dir.resolve("demo.tar").toString(), "--label", "=v")
                .failsWith(ExitCode.USAGE, "--label", "=v", "empty label key");
        assertThat(dir.resolve("demo.tar")).doesNotExist();
    }

    @Test
    void quotedJvmFlagsStayOneArgument() throws Exception {
        Hostile run = Hostile.run(LIMIT, "image", project().toString(), "--to", "127.0.0.1:1/demo:1", "--dry-run",
                "--base", base(), "--jvm-flags", "-Dgreeting='hello world' -Dq=\"a \\\"b\\\"\" -Xmx1g");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("[\"java\", \"-Dgreeting=hello world\", \"-Dq=a \\\"b\\\"\", \"-Xmx1g\", \"-cp\"");
    }

    @Test
    void anUnbalancedQuoteInJvmFlagsIsAUsageError() throws Exception {
        image(project(), "--to", "127.0.0.1:1/demo:1", "--jvm-flags", "-Dgreeting='hello world")
                .failsWith(ExitCode.USAGE, "--jvm-flags", "unbalanced single quote");
    }

    // ---- build output and base images ----

    @Test
    void missingBuildOutputNamesTheJarAndTheFix() throws Exception {
        Path project = project();
        Files.delete(project.resolve("target").resolve(SpringBootJarFixture.JAR));
        image(project, "--tar", dir.resolve("demo.tar").toString())
                .failsWith(ExitCode.INPUT, "no build output", SpringBootJarFixture.JAR, "mvn package");
    }

    @Test
    void aPomWithADoctypeIsRefusedOnOneLine() throws Exception {
        Path project = project();
        Files.writeString(project.resolve("pom.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE p [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]>\n<project><artifactId>&x;</artifactId></project>\n");
        image(project, "--tar", dir.resolve("demo.tar").toString())
                .failsWith(ExitCode.INPUT, "pom.xml", "DOCTYPE").neverPrints("root:");
    }

    static Stream<Arguments> corruptBaseImages() throws IOException {
        byte[] random = new byte[8192];
        new java.util.Random(13).nextBytes(random);
        byte[] real = Files.readAllBytes(TestBaseImage.tar());
        return Stream.of(
                Arguments.of("random bytes", random, "not a tar archive"),
                Arguments.of("truncated", Arrays.copyOf(real, real.length / 2), "truncated"),
                Arguments.of("empty", new byte[0], "not a tar archive"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corruptBaseImages")
    void aCorruptBaseImageTarIsNamedOnOneLine(String kind, byte[] content, String problem) throws Exception {
        Path corrupt = Files.write(dir.resolve("base.tar"), content);
        image(project(), "--tar", dir.resolve("demo.tar").toString(), "--base", "tar:" + corrupt)
                .failsWith(ExitCode.INPUT, "base image tar", corrupt.toString(), problem);
        assertThat(dir.resolve("demo.tar")).doesNotExist();
    }

    // ---- fake registries ----

    interface Handler {
        void handle(HttpExchange exchange, byte[] requestBody) throws IOException;
    }

    /**
     * An HTTP server on 127.0.0.1, one thread per request so a stalled answer stalls only itself; returns its
     * {@code HOST:PORT}. In front of it, a socket that answers a TLS hello with {@code 400} and closes, as real
     * plain-http servers (Go's, nginx) do: jib tries https first, and the JDK's server would wait for a request line.
     */
    private String fake(Handler handler) throws IOException {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        HttpServer server = HttpServer.create(new InetSocketAddress(loopback, 0), 50);
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-registry");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            try (exchange) {
                handler.handle(exchange, exchange.getRequestBody().readAllBytes());
            } catch (IOException clientGaveUp) {
                // the client closed the connection: expected in the deadline cases
            }
        });
        server.start();
        ServerSocket front = new ServerSocket(0, 50, loopback);
        threads.execute(() -> {
            while (!front.isClosed()) {
                try {
                    Socket client = front.accept();
                    threads.execute(() -> relay(client, server.getAddress().getPort()));
                } catch (IOException closed) {
                    return;
                }
            }
        });
        servers.add(() -> {
            front.close();
            server.stop(0);
            threads.shutdownNow();
        });
        return "127.0.0.1:" + front.getLocalPort();
    }

    private static void relay(Socket client, int port) {
        try (client; Socket backend = new Socket(InetAddress.getByName("127.0.0.1"), port)) {
            var in = new java.io.PushbackInputStream(client.getInputStream());
            int first = in.read();
            if (first == 0x16) { // a TLS handshake record
                client.getOutputStream().write("HTTP/1.0 400 Bad Request\r\n\r\nThis is a plain-http server.\n"
                        .getBytes(StandardCharsets.US_ASCII));
                return;
            }
            if (first < 0) {
                return;
            }
            in.unread(first);
            Thread back = new Thread(() -> copy(backend, client), "fake-registry-back");
            back.setDaemon(true);
            back.start();
            copy(in, backend);
            back.join();
        } catch (IOException | InterruptedException ignored) {
            // either side closed
        }
    }

    private static void copy(Socket from, Socket to) {
        try {
            copy(from.getInputStream(), to);
        } catch (IOException ignored) {
            // closed
        }
    }

    private static void copy(java.io.InputStream from, Socket to) {
        try {
            byte[] buffer = new byte[8192];
            int n;
            while ((n = from.read(buffer)) >= 0) {
                to.getOutputStream().write(buffer, 0, n);
                to.getOutputStream().flush();
            }
            to.shutdownOutput();
        } catch (IOException ignored) {
            // closed
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, String body, boolean registryHeader)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        if (registryHeader) {
            exchange.getResponseHeaders().add("Docker-Distribution-API-Version", "registry/2.0");
        }
        boolean head = exchange.getRequestMethod().equals("HEAD");
        if (head) {
            exchange.getResponseHeaders().add("Content-Length", Integer.toString(bytes.length));
        }
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            exchange.getResponseBody().write(bytes);
        }
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("stopped", e);
        }
    }
}
