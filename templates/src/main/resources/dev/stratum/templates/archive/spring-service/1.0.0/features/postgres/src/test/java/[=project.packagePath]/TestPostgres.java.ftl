package [=project.package];

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL per test JVM, started from the embedded-postgres binaries (no Docker, no H2).
 * Binaries and data live under target/embedded-pg, so mvn clean removes everything.
 *
 * <p>PostgreSQL refuses to run as root. When the tests run as root (CI containers), embedded-postgres starts
 * initdb and postgres through {@code unshare -U}, in a user namespace where the process is not root; this needs
 * util-linux's unshare and user namespaces enabled (kernel.unprivileged_userns_clone / user.max_user_namespaces).
 * As a normal user nothing special happens.
 */
public final class TestPostgres {

    private static EmbeddedPostgres postgres;

    private TestPostgres() {
    }

    public static synchronized EmbeddedPostgres instance() {
        if (postgres == null) {
            try {
                Path workingDir = Files.createDirectories(Path.of("target", "embedded-pg"));
                postgres = EmbeddedPostgres.builder()
                        .setOverrideWorkingDirectory(workingDir.toFile())
                        .setServerConfig("max_connections", "50")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stop, "embedded-postgres-stop"));
        }
        return postgres;
    }

    public static void register(DynamicPropertyRegistry registry) {
        EmbeddedPostgres pg = instance();
        registry.add("spring.datasource.url", () -> pg.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    private static synchronized void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            // The JVM is exiting; the data directory under target/ is removed by mvn clean.
        }
    }
}
