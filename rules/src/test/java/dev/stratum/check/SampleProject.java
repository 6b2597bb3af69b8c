package dev.stratum.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Lays out a sample from samples/ as a compiled Maven project in a temporary directory: pom.xml, the sources under
 * src/main/java, classes compiled with javax.tools into target/classes, and its stratum.yaml.
 */
final class SampleProject {
    static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();

    private SampleProject() {
    }

    static Path compile(String sample, Path into) {
        Path source = SAMPLES.resolve(sample);
        try {
            copyTree(source, into);
            if (!Files.exists(into.resolve("pom.xml"))) {
                Files.writeString(into.resolve("pom.xml"), "<project/>\n");
            }
            compileTree(into.resolve("src/main/java"), into.resolve("target/classes"));
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void compileTree(Path sources, Path classes) throws IOException {
        List<String> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted().toList();
        }
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        List<String> args = new java.util.ArrayList<>(List.of("-d", classes.toString(), "--release", "17", "-g", "-nowarn"));
        args.addAll(files);
        int rc = javac.run(null, null, null, args.toArray(String[]::new));
        assertThat(rc).as("javac %s: %s", sources, diagnostics).isZero();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
