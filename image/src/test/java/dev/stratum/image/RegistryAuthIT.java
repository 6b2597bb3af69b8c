package dev.stratum.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stratum.core.ExitCode;
import dev.stratum.core.StratumException;
import dev.stratum.testsupport.LocalRegistryExtension;
import dev.stratum.testsupport.Skopeo;
import dev.stratum.testsupport.SpringBootJarFixture;
import dev.stratum.testsupport.TestBaseImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A registry with htpasswd auth over TLS: wrong credentials fail cleanly, right ones push, secrets stay secret. */
class RegistryAuthIT {
    static final String USER = "ci-pusher";
    static final String PASSWORD = "Xq7-s3cr3t-Pa55word";

    @RegisterExtension
    static final LocalRegistryExtension REGISTRY = LocalRegistryExtension.withAuth(USER, PASSWORD);

    static String base;

    @TempDir
    Path dir;

    @BeforeAll
    static void pushBase() {
        base = TestBaseImage.pushTo(REGISTRY.registry(), USER, PASSWORD);
    }

    private ImageRequest request(Path project, String password) {
        return ImageRequest.builder(project, new ImageTarget.Registry(REGISTRY.host() + "/secure/demo:1"))
                .base(base).insecureRegistry(true).baseCacheDir(dir.resolve("base-cache"))
                .environment(Map.of("STRATUM_REGISTRY_USERNAME", USER, "STRATUM_REGISTRY_PASSWORD", password,
                        "HOME", dir.toString()))
                .build();
    }

    @Test
    void wrongPasswordFailsWithOneLineAndNoSecret() throws Exception {
        Path project = dir.resolve("demo");
        SpringBootJarFixture.write(project, "v1");
        String wrong = "wrong-" + PASSWORD;
        StringWriter log = new StringWriter();

        StratumException e = catchThrowableOfType(StratumException.class,
                () -> new ImageBuilder().build(request(project, wrong), ImageLog.to(new PrintWriter(log), false, true)));

        assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(e.getMessage()).doesNotContain("\n").contains(REGISTRY.host()).contains("STRATUM_REGISTRY_USERNAME");
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        assertThat(trace + log.toString()).doesNotContain(wrong).doesNotContain(PASSWORD);
    }

    @Test
    void rightPasswordPushesAndIsNeverPrinted() throws Exception {
        Path project = dir.resolve("demo");
        SpringBootJarFixture.write(project, "v1");
        StringWriter log = new StringWriter();

        ImageResult result = new ImageBuilder().build(request(project, PASSWORD), ImageLog.to(new PrintWriter(log), false, true));

        assertThat(Skopeo.inspect("docker://" + REGISTRY.host() + "/secure/demo:1", USER, PASSWORD).path("Digest").asText())
                .isEqualTo(result.digest());
        assertThat(log.toString()).isNotEmpty().doesNotContain(PASSWORD);
    }

    @Test
    void dockerConfigAuthsAreUsed() throws Exception {
        Path project = dir.resolve("demo");
        SpringBootJarFixture.write(project, "v1");
        Path home = dir.resolve("home");
        String auth = java.util.Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes());
        java.nio.file.Files.createDirectories(home.resolve(".docker"));
        java.nio.file.Files.writeString(home.resolve(".docker/config.json"),
                "{\"auths\":{\"" + REGISTRY.host() + "\":{\"auth\":\"" + auth + "\"}}}");

        ImageResult result = new ImageBuilder().build(ImageRequest.builder(project,
                        new ImageTarget.Registry(REGISTRY.host() + "/secure/from-config:1"))
                .base(base).insecureRegistry(true).baseCacheDir(dir.resolve("base-cache"))
                .environment(Map.of("HOME", home.toString())).build(), ImageLog.silent());

        assertThat(result.digest()).startsWith("sha256:");
    }
}
