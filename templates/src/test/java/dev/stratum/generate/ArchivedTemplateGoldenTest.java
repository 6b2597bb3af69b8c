package dev.stratum.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stratum update} rebuilds the base of its three-way merge by rendering the recorded template version again,
 * so an archived version must render exactly what it rendered when it was released. The digests were recorded from
 * the released 1.0.0 template (commit 851cf38); any engine change that alters a byte of that output fails here.
 */
class ArchivedTemplateGoldenTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"default", "web", "+cache-redis,-cache-caffeine", "-security"})
    void archived100RendersWhatWasReleased(String features) throws Exception {
        Map<String, String> expected = golden("spring-service-1.0.0." + label(features) + ".sha256");
        Path out = tmp.resolve("demo-service");
        new Generator("0.1.0-SNAPSHOT").generate(spec(features, archived("spring-service", "1.0.0")), out, false, false);
        assertThat(digests(out)).isEqualTo(expected);
    }

    static ProjectSpec spec(String features, String template) {
        List<String> list = features.equals("default") ? null : List.of(features.split(","));
        return new ProjectSpec("demo-service", "com.example", null, 17, list, Map.of(), template);
    }

    static String label(String features) {
        return features.replaceAll("[^a-z]+", "_");
    }

    static String archived(String id, String version) throws URISyntaxException {
        return Path.of(ArchivedTemplateGoldenTest.class
                .getResource("/dev/stratum/templates/archive/" + id + "/" + version + "/template.yaml").toURI())
                .getParent().toString();
    }

    /** Digest per generated file; the project record is left out (update rewrites it); the README names the Stratum version that generated it, which update takes from the record. */
    static Map<String, String> digests(Path root) throws IOException, NoSuchAlgorithmException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(f).toString().replace('\\', '/');
                if (!rel.equals(Generator.RECORD)) {
                    out.put(rel, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
                }
            }
        }
        return out;
    }

    private static Map<String, String> golden(String name) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (InputStream in = ArchivedTemplateGoldenTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    out.put(line.substring(66), line.substring(0, 64));
                }
            }
        }
        return out;
    }
}
