package dev.stratum.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.core.UsageException;
import dev.stratum.testsupport.SpringBootJarFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImagePlannerTest {
    @TempDir
    Path dir;

    private ImageRequest.Builder request(ImageTarget target) {
        return ImageRequest.builder(dir, target).base("registry.example.com/java/jre:17");
    }

    @Test
    void plansBootLayersEntrypointUserPortsAndLabels() throws Exception {
        SpringBootJarFixture.write(dir, "v1");
        ImagePlan plan = new ImagePlanner().plan(request(new ImageTarget.Registry("registry.example.com/demo:1"))
                .jvmFlags(List.of("-Xmx256m")).labels(Map.of("org.opencontainers.image.version", "override")).build());

        assertThat(plan.layers()).extracting(ImagePlan.Layer::name)
                .containsExactly("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");
        assertThat(plan.entrypoint())
                .containsExactly("java", "-Xmx256m", "-cp", "/app", "org.springframework.boot.loader.launch.JarLauncher");
        assertThat(plan.user()).isEqualTo("65532:65532");
        assertThat(plan.ports()).containsExactly("8080/tcp");
        assertThat(plan.labels())
                .containsEntry("org.opencontainers.image.title", "Demo service")
                .containsEntry("org.opencontainers.image.version", "override")
                .containsEntry("org.opencontainers.image.base.name", "registry.example.com/java/jre:17");
    }

    @Test
    void dryRunPrintsThePlanAndWritesNothing() throws Exception {
        SpringBootJarFixture.write(dir, "v1");
        StringWriter out = new StringWriter();
        ImageResult result = new ImageBuilder().build(request(new ImageTarget.Registry("registry.example.com/demo:1"))
                .dryRun(true).build(), ImageLog.silent());
        new PlanPrinter(new PrintWriter(out)).print(result.plan());

        assertThat(result.digest()).isNull();
        assertThat(out.toString()).contains("registry registry.example.com/demo:1", "dependencies", "application",
                "65532:65532", "8080/tcp", "org.opencontainers.image.title=Demo service");
        assertThat(dir.resolve("target/stratum-image")).doesNotExist();
    }

    @Test
    void tarTargetIsNamedAfterThePom() throws Exception {
        SpringBootJarFixture.write(dir, "v1");
        ImagePlan plan = new ImagePlanner().plan(request(
                new ImageTarget.Tar(dir.resolve("x.tar"), ImageTarget.TarFormat.OCI, null)).build());
        assertThat(plan.target().reference()).isEqualTo("demo:1.0.0");
    }

    @Test
    void invalidReferenceIsAUsageErrorEvenWithoutBuildOutput() {
        assertThatThrownBy(() -> new ImagePlanner().plan(request(new ImageTarget.Registry("Not A Ref!")).build()))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("--to Not A Ref!");
    }

    @Test
    void pushingToADigestIsAUsageError() {
        String ref = "registry.example.com/demo@sha256:" + "a".repeat(64);
        assertThatThrownBy(() -> new ImagePlanner().plan(request(new ImageTarget.Registry(ref)).build()))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("digest");
    }

    @Test
    void badPortUserPlatformAndTagAreUsageErrors() throws Exception {
        Files.createDirectories(dir);
        ImageTarget to = new ImageTarget.Registry("registry.example.com/demo:1");
        assertThatThrownBy(() -> new ImagePlanner().plan(request(to).ports(List.of("99999")).build()))
                .isInstanceOf(UsageException.class).hasMessageContaining("--port 99999");
        assertThatThrownBy(() -> new ImagePlanner().plan(request(to).user("bad user").build()))
                .isInstanceOf(UsageException.class).hasMessageContaining("--user");
        assertThatThrownBy(() -> new ImagePlanner().plan(request(to).platform("amd64").build()))
                .isInstanceOf(UsageException.class).hasMessageContaining("--platform");
        assertThatThrownBy(() -> new ImagePlanner().plan(request(to).tags(List.of("bad:tag")).build()))
                .isInstanceOf(UsageException.class).hasMessageContaining("--tag");
    }
}
