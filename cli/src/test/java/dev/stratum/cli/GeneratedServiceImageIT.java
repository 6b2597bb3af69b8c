package dev.stratum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratum.testsupport.ImageRootfs;
import dev.stratum.testsupport.LocalRegistryExtension;
import dev.stratum.testsupport.ProcessRunner;
import dev.stratum.testsupport.Skopeo;
import dev.stratum.testsupport.TestBaseImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when": {@code stratum new shop}, {@code mvn package}, {@code stratum image shop --to REGISTRY}
 * gives a pushed, reproducible, non-root image; a one-line code change re-pushes only the application layer.
 * The base image is a jlink runtime of the test JDK pushed to the same registry (no route to Docker Hub here).
 */
class GeneratedServiceImageIT {
    @RegisterExtension
    static final LocalRegistryExtension REGISTRY = LocalRegistryExtension.plain();

    private static final Pattern UPLOAD =
            Pattern.compile("\"PUT /v2/([^ ]+)/blobs/uploads/[^ ]*digest=sha256(?::|%3A)([0-9a-f]{64})");

    @TempDir
    Path dir;

    @Test
    void generatedServiceImageIsPushedReproducibleNonRootAndLayered() throws Exception {
        Path shop = dir.resolve("shop");
        CliRun generated = CliRun.of("new", "shop", "--batch", "--dir", shop.toString());
        assertThat(generated.exitCode()).as(generated.err()).isZero();
        mavenPackage(shop);
        String base = TestBaseImage.pushTo(REGISTRY.registry());
        String ref = REGISTRY.host() + "/shop:1";

        CliRun first = image(shop, ref, base);
        String digest = digestOf(first);
        JsonNode config = Skopeo.config("docker://" + ref).path("config");
        assertThat(config.path("User").asText()).isEqualTo("65532:65532");
        assertThat(texts(config.path("Entrypoint"))).containsExactly("java", "-cp", "/app",
                "org.springframework.boot.loader.launch.JarLauncher");
        assertThat(config.path("ExposedPorts").has("8080/tcp")).isTrue();
        assertThat(config.path("Labels").path("org.opencontainers.image.version").asText()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(config.path("Labels").path("org.opencontainers.image.title").asText()).isNotBlank();
        List<String> layers = layerDigests(ref);
        // base (system, jre), then dependencies, spring-boot-loader, application (no snapshot dependencies)
        assertThat(layers).hasSize(5);
        assertThat(first.err()).contains("pushed layer dependencies", "pushed layer application");

        runTheImage(ref, config);

        CliRun again = image(shop, ref, base);
        assertThat(digestOf(again)).as("same input, same digest").isEqualTo(digest);

        Path mainClass;
        try (Stream<Path> files = Files.walk(shop.resolve("src/main/java"))) {
            mainClass = files.filter(p -> p.getFileName().toString().endsWith("Application.java")).findFirst().orElseThrow();
        }
        String source = Files.readString(mainClass);
        int lastBrace = source.lastIndexOf('}');
        Files.writeString(mainClass, source.substring(0, lastBrace)
                + "    static String imageTestMarker() { return \"changed\"; }\n}\n");
        mavenPackage(shop);
        int mark = REGISTRY.registry().log().length();
        CliRun changed = image(shop, ref, base);
        assertThat(digestOf(changed)).isNotEqualTo(digest);
        List<String> after = layerDigests(ref);
        assertThat(after.subList(0, 4)).isEqualTo(layers.subList(0, 4));
        String config2 = Skopeo.manifest("docker://" + ref).path("config").path("digest").asText();
        assertThat(uploads(REGISTRY.registry().log().substring(mark)))
                .containsExactlyInAnyOrder(after.get(4), config2);
    }

    /**
     * The entrypoint really starts the service, as the non-root user, on the image's own JRE. Without PostgreSQL it
     * stops after starting; the start line is what is checked. Where images cannot be run, the reason is printed.
     */
    private void runTheImage(String ref, JsonNode config) throws Exception {
        var unavailable = ImageRootfs.unavailable();
        if (unavailable.isPresent()) {
            System.err.println("[GeneratedServiceImageIT] not running the image: " + unavailable.get());
            return;
        }
        Path rootfs = ImageRootfs.unpack(ref, dir.resolve("run"));
        String output = ImageRootfs.runUntil(rootfs, texts(config.path("Entrypoint")), config.path("User").asText(),
                texts(config.path("Env")), "Starting ShopApplication", Duration.ofMinutes(3));
        assertThat(output).as("output of the image's entrypoint").contains("Starting ShopApplication");
    }

    private static CliRun image(Path project, String ref, String base) {
        CliRun run = CliRun.of("image", project.toString(), "--to", ref, "--insecure-registry", "--base", base);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    private static String digestOf(CliRun run) {
        return run.out().lines().filter(l -> l.startsWith("digest ")).findFirst().orElseThrow().substring(7);
    }

    private static void mavenPackage(Path project) {
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-ntp", "-q", "package", "-DskipTests"));
        String repo = System.getProperty("stratum.it.localRepository", "");
        if (!repo.isBlank()) {
            command.add("-Dmaven.repo.local=" + repo);
        }
        ProcessRunner.runOk(command, project, 900);
    }

    private static List<String> layerDigests(String ref) {
        List<String> result = new ArrayList<>();
        Skopeo.manifest("docker://" + ref).path("layers").forEach(l -> result.add(l.path("digest").asText()));
        return result;
    }

    private static Set<String> uploads(String log) {
        Set<String> digests = new LinkedHashSet<>();
        Matcher m = UPLOAD.matcher(log);
        while (m.find()) {
            if (m.group(1).equals("shop")) {
                digests.add("sha256:" + m.group(2));
            }
        }
        return digests;
    }

    private static List<String> texts(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(n -> result.add(n.asText()));
        return result;
    }
}
