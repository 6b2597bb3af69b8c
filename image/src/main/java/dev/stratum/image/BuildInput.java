package dev.stratum.image;

import java.nio.file.Path;
import java.util.List;

/** What was found under a project's {@code target/}: the thing the image is made of. */
public sealed interface BuildInput {

    /** The jar the image is built from. */
    Path jar();

    /** A Spring Boot executable jar; its entries are split into layers by its layers index. */
    record SpringBootJar(Path jar, String launcherClass, LayersIndex index, boolean indexed) implements BuildInput {}

    /** A plain jar with a Main-Class and its runtime dependencies as separate jars. */
    record PlainJar(Path jar, String mainClass, List<Path> dependencies, String dependencySource)
            implements BuildInput {
        public PlainJar {
            dependencies = List.copyOf(dependencies);
        }
    }
}
