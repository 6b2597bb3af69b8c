package dev.stratum.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratum.testsupport.LocalRegistryExtension;
import dev.stratum.testsupport.Skopeo;
import dev.stratum.testsupport.SpringBootJarFixture;
import dev.stratum.testsupport.TestBaseImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Pushes a Spring Boot-layout service to a real registry and reads it back with skopeo. */
class RegistryPushIT {
    @RegisterExtension
    static final LocalRegistryExtension REGISTRY = LocalRegistryExtension.plain();

    private static final Pattern UPLOAD = Pattern.compile("\"PUT /v2/([^ ]+)/blobs/uploads/[^ ]*digest=sha256(?::|%3A)([0-9a-f]{64})");

    static String base;

    @TempDir
    Path dir;

    @BeforeAll
    static void pushBase() {
        base = TestBaseImage.pushTo(REGISTRY.registry());
    }

    private ImageResult build(Path project, String ref, List<String> tags) {
        return new ImageBuilder().build(ImageRequest.builder(project, new ImageTarget.Registry(ref))
                .base(base).insecureRegistry(true).tags(tags).labels(Map.of("team", "orders"))
                .baseCacheDir(dir.resolve("base-cache")).build(), ImageLog.silent());
    }

    @Test
    void pushesANonRootLayeredImageWithLabelsPortsAndEntrypoint() throws Exception {
        Path project = dir.resolve("demo");
        SpringBootJarFixture.write(project, "v1");
        String ref = REGISTRY.host() + "/orders:1";

        ImageResult result = build(project, ref, List.of("latest"));

        JsonNode summary = Skopeo.inspect("docker://" + ref);
        assertThat(summary.path("Digest").asText()).isEqualTo(result.digest());
        assertThat(Skopeo.inspect("docker://" + REGISTRY.host() + "/orders:latest").path("Digest").asText())
                .isEqualTo(result.digest());
        JsonNode config = Skopeo.config("docker://" + ref).path("config");
        assertThat(config.path("User").asText()).isEqualTo("65532:65532");
        assertThat(texts(config.path("Entrypoint")))
                .containsExactly("java", "-cp", "/app", "org.springframework.boot.loader.launch.JarLauncher");
        assertThat(config.path("WorkingDir").asText()).isEqualTo("/app");
        assertThat(config.path("ExposedPorts").has("8080/tcp")).isTrue();
        assertThat(texts(config.path("Env"))).contains("JAVA_HOME=/opt/java");
        JsonNode labels = config.path("Labels");
        assertThat(labels.path("org.opencontainers.image.title").asText()).isEqualTo("Demo service");
        assertThat(labels.path("org.opencontainers.image.version").asText()).isEqualTo("1.0.0");
        assertThat(labels.path("org.opencontainers.image.source").asText()).isEqualTo("https://example.com/acme/demo");
        assertThat(labels.path("team").asText()).isEqualTo("orders");

        // base layers (system, jre) then dependencies, spring-boot-loader, snapshot-dependencies, application
        JsonNode manifest = Skopeo.manifest("docker://" + ref);
        assertThat(manifest.path("layers")).hasSize(2 + 4);
        assertThat(result.plan().layers()).extracting(ImagePlan.Layer::name)
                .containsExactly("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");
        assertThat(result.plan().layers().get(0).files()).extracting(ImagePlan.File::containerPath)
                .containsExactly("/app/BOOT-INF/lib/dep-a-1.0.jar", "/app/BOOT-INF/lib/dep-b-2.0.jar");
        assertThat(result.plan().layers().get(3).files()).extracting(ImagePlan.File::containerPath)
                .contains("/app/BOOT-INF/classes/com/example/demo/DemoApplication.class", "/app/META-INF/MANIFEST.MF");
    }

    @Test
    void sameInputGivesSameDigestAndAOneClassChangePushesOnlyTheApplicationLayer() throws Exception {
        Path project = dir.resolve("demo");
        SpringBootJarFixture.write(project, "v1");
        String ref = REGISTRY.host() + "/repro:1";
        ImageResult first = build(project, ref, List.of());
        JsonNode firstManifest = Skopeo.manifest("docker://" + ref);

        SpringBootJarFixture.write(project, "v1"); // rebuilt jar, same content
        int mark = REGISTRY.registry().log().length();
        ImageResult second = build(project, ref, List.of());
        assertThat(second.digest()).isEqualTo(first.digest());
        assertThat(uploads(REGISTRY.registry().log().substring(mark), "repro")).isEmpty();

        SpringBootJarFixture.write(project, "v2 - one class changed");
        mark = REGISTRY.registry().log().length();
        ImageResult third = build(project, ref, List.of());
        assertThat(third.digest()).isNotEqualTo(first.digest());
        JsonNode thirdManifest = Skopeo.manifest("docker://" + ref);
        List<String> before = digests(firstManifest.path("layers"));
        List<String> after = digests(thirdManifest.path("layers"));
        assertThat(after.subList(0, after.size() - 1)).isEqualTo(before.subList(0, before.size() - 1));
        assertThat(after.get(after.size() - 1)).isNotEqualTo(before.get(before.size() - 1));
        // Exactly two blobs went over the wire: the new application layer and the new config.
        assertThat(uploads(REGISTRY.registry().log().substring(mark), "repro")).containsExactlyInAnyOrder(
                after.get(after.size() - 1), thirdManifest.path("config").path("digest").asText());
    }

    @Test
    void writesTheDigestFile() throws Exception {
        Path project = dir.resolve("demo");
        SpringBootJarFixture.write(project, "v1");
        Path digestFile = dir.resolve("out/digest.txt");
        ImageResult result = new ImageBuilder().build(ImageRequest.builder(project,
                        new ImageTarget.Registry(REGISTRY.host() + "/digest:1")).base(base).insecureRegistry(true)
                .digestFile(digestFile).baseCacheDir(dir.resolve("base-cache")).build(), ImageLog.silent());
        assertThat(Files.readString(digestFile).strip()).isEqualTo(result.digest()).startsWith("sha256:");
    }

    private static Set<String> uploads(String log, String repository) {
        Set<String> digests = new LinkedHashSet<>();
        Matcher m = UPLOAD.matcher(log);
        while (m.find()) {
            if (m.group(1).equals(repository)) {
                digests.add("sha256:" + m.group(2));
            }
        }
        return digests;
    }

    private static List<String> digests(JsonNode layers) {
        List<String> result = new ArrayList<>();
        layers.forEach(l -> result.add(l.path("digest").asText()));
        return result;
    }

    private static List<String> texts(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(n -> result.add(n.asText()));
        return result;
    }
}
