package dev.stratum.audit.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.audit.AuditedTree;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoHealthProbesCheckTest {
    @TempDir
    Path root;

    @ParameterizedTest
    @ValueSource(strings = {"3_2", "3RC.1", "${boot.version}"})
    void aMalformedBootVersionIsUnknownNotAFailedCheck(String version) {
        AuditedTree tree = new AuditedTree(root).pom(version, "spring-boot-starter-web", "spring-boot-starter-actuator");
        assertThat(tree.warnings()).isEmpty();
        assertThat(tree.findings("MO003")).containsExactly("pom.xml:5 liveness and readiness probes are not enabled");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4.0.0", "4.1.0-M1"})
    void bootFourEnablesProbesByItself(String version) {
        AuditedTree tree = new AuditedTree(root).pom(version, "spring-boot-starter-web", "spring-boot-starter-actuator");
        assertThat(tree.findings("MO003")).isEmpty();
    }
}
