package dev.stratum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/** Copies a sample from samples/ into a temporary Maven-style project and compiles it into target/classes. */
final class SampleBuild {
    static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();

    private SampleBuild() {
    }

    static Path of(String sample, Path into) {
        try {
            Path from = SAMPLES.resolve(sample);
            try (Stream<Path> walk = Files.walk(from)) {
                for (Path p : walk.toList()) {
                    Path target = into.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Files.writeString(into.resolve("pom.xml"), "<project/>\n");
            compile(into);
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void compile(Path project) throws IOException {
        Path classes = project.resolve("target/classes");
        Files.createDirectories(classes);
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "--release", "17", "-g", "-nowarn"));
        try (Stream<Path> walk = Files.walk(project.resolve("src/main/java"))) {
            walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted().forEach(args::add);
        }
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new))).isZero();
    }
}
