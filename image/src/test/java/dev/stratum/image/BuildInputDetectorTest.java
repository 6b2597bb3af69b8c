package dev.stratum.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.core.InputException;
import dev.stratum.testsupport.SpringBootJarFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildInputDetectorTest {
    @TempDir
    Path dir;

    private final BuildInputDetector detector = new BuildInputDetector();
    private final PomReader pom = new PomReader();

    @Test
    void missingBuildOutputNamesTheExpectedJarAndSuggestsMvnPackage() throws IOException {
        SpringBootJarFixture.write(dir, "v1");
        Files.delete(dir.resolve("target").resolve(SpringBootJarFixture.JAR));
        assertThatThrownBy(() -> detector.detect(dir, pom.read(dir)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("target/demo-1.0.0.jar")
                .hasMessageContaining("mvn package");
    }

    @Test
    void detectsASpringBootJarWithItsLayersIndex() throws IOException {
        SpringBootJarFixture.write(dir, "v1");
        BuildInput input = detector.detect(dir, pom.read(dir));
        assertThat(input).isInstanceOf(BuildInput.SpringBootJar.class);
        BuildInput.SpringBootJar boot = (BuildInput.SpringBootJar) input;
        assertThat(boot.indexed()).isTrue();
        assertThat(boot.launcherClass()).isEqualTo("org.springframework.boot.loader.launch.JarLauncher");
    }

    @Test
    void ignoresSourcesAndJavadocJars() throws IOException {
        SpringBootJarFixture.write(dir, "v1");
        Files.writeString(dir.resolve("target/demo-1.0.0-sources.jar"), "not a jar");
        assertThat(detector.detect(dir, pom.read(dir)).jar().getFileName().toString()).isEqualTo("demo-1.0.0.jar");
    }

    @Test
    void plainJarTakesItsDependenciesFromTargetDependency() throws IOException {
        Files.createDirectories(dir.resolve("target/dependency"));
        plainJar(dir.resolve("target/tool-1.0.jar"), "com.example.Main");
        Files.writeString(dir.resolve("target/dependency/lib-a-1.0.jar"), "a");
        Files.writeString(dir.resolve("target/dependency/lib-b-1.0-SNAPSHOT.jar"), "b");
        BuildInput input = detector.detect(dir, pom.read(dir));
        assertThat(input).isInstanceOf(BuildInput.PlainJar.class);
        BuildInput.PlainJar plain = (BuildInput.PlainJar) input;
        assertThat(plain.mainClass()).isEqualTo("com.example.Main");
        assertThat(plain.dependencies()).extracting(p -> p.getFileName().toString())
                .containsExactly("lib-a-1.0.jar", "lib-b-1.0-SNAPSHOT.jar");
    }

    @Test
    void plainJarWithoutMainClassIsAnInputError() throws IOException {
        plainJar(dir.resolve("target/lib-1.0.jar"), null);
        assertThatThrownBy(() -> detector.detect(dir, pom.read(dir)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("lib-1.0.jar has no Main-Class");
    }

    static void plainJar(Path jar, String mainClass) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (mainClass != null) {
            manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        }
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new java.util.jar.JarEntry("com/example/Main.class"));
            out.write(new byte[] {1, 2, 3});
            out.closeEntry();
        }
    }
}
