package dev.stratum.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratum.testsupport.Skopeo;
import dev.stratum.testsupport.SpringBootJarFixture;
import dev.stratum.testsupport.TestBaseImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tar targets in both formats, from a tar base image, read back by skopeo. */
class TarOutputIT {
    @TempDir
    Path dir;

    private ImageResult buildTar(Path tar, ImageTarget.TarFormat format) throws Exception {
        Path project = dir.resolve("demo");
        SpringBootJarFixture.write(project, "v1");
        return new ImageBuilder().build(ImageRequest.builder(project, new ImageTarget.Tar(tar, format, null))
                .base("tar:" + TestBaseImage.tar()).ports(java.util.List.of("8080", "9090/udp"))
                .baseCacheDir(dir.resolve("base-cache")).build(), ImageLog.silent());
    }

    @Test
    void dockerTarIsReadableAsDockerArchiveAndNamedAfterThePom() throws Exception {
        Path tar = dir.resolve("out/demo.tar");
        ImageResult result = buildTar(tar, ImageTarget.TarFormat.DOCKER);

        assertThat(result.reference()).isEqualTo("demo:1.0.0");
        JsonNode config = Skopeo.config("docker-archive:" + tar).path("config");
        assertThat(config.path("User").asText()).isEqualTo("65532:65532");
        assertThat(config.path("ExposedPorts").has("8080/tcp")).isTrue();
        assertThat(config.path("ExposedPorts").has("9090/udp")).isTrue();
        assertThat(Skopeo.inspect("docker-archive:" + tar).path("Layers")).hasSize(6);
    }

    @Test
    void ociTarIsReadableAsOciArchive() throws Exception {
        Path tar = dir.resolve("demo-oci.tar");
        buildTar(tar, ImageTarget.TarFormat.OCI);

        JsonNode manifest = Skopeo.manifest("oci-archive:" + tar);
        assertThat(manifest.path("mediaType").asText("application/vnd.oci.image.manifest.v1+json"))
                .isEqualTo("application/vnd.oci.image.manifest.v1+json");
        assertThat(manifest.path("config").path("mediaType").asText()).isEqualTo("application/vnd.oci.image.config.v1+json");
        assertThat(manifest.path("layers")).hasSize(6);
        JsonNode config = Skopeo.config("oci-archive:" + tar).path("config");
        assertThat(config.path("Labels").path("org.opencontainers.image.version").asText()).isEqualTo("1.0.0");
    }
}
