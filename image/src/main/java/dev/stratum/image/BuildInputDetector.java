package dev.stratum.image;

import dev.stratum.core.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the build output of a Maven project: a Spring Boot executable jar, or a plain jar whose runtime
 * dependencies were copied to {@code target/dependency} ({@code mvn dependency:copy-dependencies
 * -DincludeScope=runtime}) or are named by its manifest {@code Class-Path}.
 */
public final class BuildInputDetector {

    private static final List<String> NOT_RUNNABLE =
            List.of("-sources.jar", "-javadoc.jar", "-tests.jar", "-test-sources.jar", "-plain.jar");

    public BuildInput detect(Path projectDir, ProjectMetadata project) {
        Path target = projectDir.resolve("target");
        Path expected = target.resolve(project.expectedJarName());
        List<Path> candidates = candidates(target);
        if (candidates.isEmpty()) {
            throw new InputException("no build output: expected " + expected
                    + " (a Spring Boot or plain jar); run `mvn package` in " + projectDir + " first");
        }
        Path jar = candidates.contains(expected) ? expected : pick(candidates, expected);
        try (JarFile jarFile = new JarFile(jar.toFile())) {
            var manifest = jarFile.getManifest();
            Attributes main = manifest == null ? new Attributes() : manifest.getMainAttributes();
            String mainClass = main.getValue(Attributes.Name.MAIN_CLASS);
            if (jarFile.getEntry("BOOT-INF/classes/") != null || main.getValue("Start-Class") != null) {
                if (mainClass == null) {
                    throw new InputException(jar + ": Spring Boot jar has no Main-Class (launcher) in its manifest");
                }
                var idx = jarFile.getEntry("BOOT-INF/layers.idx");
                if (idx == null) {
                    return new BuildInput.SpringBootJar(jar, mainClass, LayersIndex.DEFAULT, false);
                }
                String text = new String(jarFile.getInputStream(idx).readAllBytes(), StandardCharsets.UTF_8);
                return new BuildInput.SpringBootJar(jar, mainClass, LayersIndex.parse(text, jar + "!/BOOT-INF/layers.idx"), true);
            }
            if (mainClass == null) {
                throw new InputException(jar + " has no Main-Class in its manifest: configure maven-jar-plugin's "
                        + "archive/manifest/mainClass or build a Spring Boot jar");
            }
            return plainJar(target, jar, mainClass, main.getValue(Attributes.Name.CLASS_PATH));
        } catch (IOException e) {
            throw new InputException("cannot read " + jar + ": " + e.getMessage(), e);
        }
    }

    private static BuildInput.PlainJar plainJar(Path target, Path jar, String mainClass, String classPath)
            throws IOException {
        Path copied = target.resolve("dependency");
        if (Files.isDirectory(copied)) {
            return new BuildInput.PlainJar(jar, mainClass, jarsIn(copied), copied.toString());
        }
        List<Path> deps = new ArrayList<>();
        if (classPath != null && !classPath.isBlank()) {
            for (String item : classPath.trim().split("\\s+")) {
                Path dep = jar.getParent().resolve(item).normalize();
                if (!dep.startsWith(target) || !Files.isRegularFile(dep)) {
                    throw new InputException(jar + ": Class-Path entry " + item + " not found under " + target
                            + "; run `mvn dependency:copy-dependencies -DincludeScope=runtime`");
                }
                deps.add(dep);
            }
        }
        return new BuildInput.PlainJar(jar, mainClass, deps, deps.isEmpty() ? "none" : "manifest Class-Path");
    }

    private static List<Path> candidates(Path target) {
        if (!Files.isDirectory(target)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".jar"))
                    .filter(p -> NOT_RUNNABLE.stream().noneMatch(s -> p.getFileName().toString().endsWith(s)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new InputException("cannot list " + target + ": " + e.getMessage(), e);
        }
    }

    private static Path pick(List<Path> candidates, Path expected) {
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        // Several jars and none named after the pom: the newest is the one `mvn package` just wrote.
        return candidates.stream()
                .max(Comparator.comparing(BuildInputDetector::modified).thenComparing(Path::toString))
                .orElse(expected);
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static List<Path> jarsIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
    }
}
