package dev.stratum.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stratum.core.ExitCode;
import dev.stratum.core.StratumException;
import dev.stratum.testsupport.LocalRegistry;
import dev.stratum.testsupport.SpringBootJarFixture;
import dev.stratum.testsupport.TestBaseImage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A registry that is not there, answers garbage or never answers: exit 3, one line, in bounded time. */
class RegistryFailureIT {
    @TempDir
    Path dir;

    private final List<AutoCloseable> servers = new ArrayList<>();

    @AfterEach
    void stopServers() throws Exception {
        for (AutoCloseable s : servers) {
            s.close();
        }
    }

    private StratumException push(String host, Duration timeout) throws IOException {
        Path project = dir.resolve("demo");
        SpringBootJarFixture.write(project, "v1");
        return catchThrowableOfType(StratumException.class, () -> new ImageBuilder().build(
                ImageRequest.builder(project, new ImageTarget.Registry(host + "/demo:1"))
                        .base("tar:" + TestBaseImage.tar()).insecureRegistry(true).timeout(timeout)
                        .baseCacheDir(dir.resolve("base-cache")).build(), ImageLog.silent()));
    }

    @Test
    void unreachableRegistry() throws Exception {
        TestBaseImage.tar();
        long start = System.nanoTime();
        StratumException e = push("127.0.0.1:" + LocalRegistry.freePort(), Duration.ofSeconds(5));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(e.getMessage()).doesNotContain("\n").contains("127.0.0.1");
    }

    @Test
    void registryAnsweringGarbage() throws Exception {
        TestBaseImage.tar();
        ServerSocket server = serve(socket -> {
            OutputStream out = socket.getOutputStream();
            out.write("this is not HTTP at all\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        });
        long start = System.nanoTime();
        StratumException e = push("127.0.0.1:" + server.getLocalPort(), Duration.ofSeconds(3));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(40));
        assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(e.getMessage()).doesNotContain("\n");
    }

    @Test
    void registryThatNeverAnswersHitsTheReadTimeout() throws Exception {
        TestBaseImage.tar();
        ServerSocket server = serve(socket -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        });
        long start = System.nanoTime();
        StratumException e = push("127.0.0.1:" + server.getLocalPort(), Duration.ofSeconds(2));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(40));
        assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(e.getMessage()).doesNotContain("\n");
    }

    interface Handler {
        void handle(Socket socket) throws IOException;
    }

    /** A TCP server on 127.0.0.1 that runs the handler on each connection, then closes it. */
    private ServerSocket serve(Handler handler) throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        servers.add(server);
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    Thread t = new Thread(() -> {
                        try (socket) {
                            handler.handle(socket);
                        } catch (IOException ignored) {
                            // the client gave up
                        }
                    });
                    t.setDaemon(true);
                    t.start();
                } catch (IOException closed) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
        return server;
    }
}
