package dev.stratum.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.core.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PomReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsCoordinatesResolvingOwnPropertiesAndParentFallbacks() throws Exception {
        Files.writeString(dir.resolve("pom.xml"), """
                <project>
                  <parent><groupId>com.acme</groupId><artifactId>parent</artifactId><version>2.0.0</version></parent>
                  <artifactId>orders</artifactId>
                  <name>${project.artifactId} service</name>
                  <url>https://acme.example/orders</url>
                  <properties><revision>ignored</revision></properties>
                </project>
                """);
        ProjectMetadata pom = new PomReader().read(dir);
        assertThat(pom.groupId()).isEqualTo("com.acme");
        assertThat(pom.version()).isEqualTo("2.0.0");
        assertThat(pom.name()).isEqualTo("orders service");
        assertThat(pom.expectedJarName()).isEqualTo("orders-2.0.0.jar");
        assertThat(pom.ociLabels()).containsEntry("org.opencontainers.image.source", "https://acme.example/orders");
    }

    @Test
    void unresolvablePlaceholdersAreLeftOut() throws Exception {
        Files.writeString(dir.resolve("pom.xml"),
                "<project><artifactId>a</artifactId><version>${revision}</version></project>");
        assertThat(new PomReader().read(dir).version()).isNull();
    }

    @Test
    void refusesDoctypesSoNoEntityIsExpanded() throws Exception {
        Files.writeString(dir.resolve("pom.xml"), """
                <?xml version="1.0"?>
                <!DOCTYPE project [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <project><artifactId>&xxe;</artifactId></project>
                """);
        assertThatThrownBy(() -> new PomReader().read(dir))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("pom.xml");
    }

    @Test
    void missingPomGivesEmptyMetadata() {
        assertThat(new PomReader().read(dir).artifactId()).isNull();
    }
}
