package dev.stratum.audit.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.audit.AuditedTree;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GracefulShutdownCheckTest {
    @TempDir
    Path root;

    @ParameterizedTest
    @ValueSource(strings = {"3.3.1", "2.7.18", "2.1.0.RELEASE"})
    void bootBeforeThreePointFourShutsDownImmediately(String version) {
        assertThat(new AuditedTree(root).pom(version, "spring-boot-starter-web").findings("RE006"))
                .containsExactly("pom.xml:3 Spring Boot " + version + " shuts down immediately unless server.shutdown=graceful");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.4.0", "3.4.0-RC1", "4.0.0", "3_2", "3RC.1", "${boot.version}"})
    void threePointFourLaterOrUnknownIsSilent(String version) {
        AuditedTree tree = new AuditedTree(root).pom(version, "spring-boot-starter-web");
        assertThat(tree.warnings()).isEmpty();
        assertThat(tree.findings("RE006")).isEmpty();
    }
}
