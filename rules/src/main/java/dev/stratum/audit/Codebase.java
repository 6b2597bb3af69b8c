package dev.stratum.audit;

import java.nio.file.Path;
import java.util.List;

/**
 * The files an audit reads, found by {@link CodebaseScanner}: main Java sources, configuration, build files,
 * migrations, other resources ({@link ResourceFiles}) and property files that may be imported, plus whether tests exist. Paths are absolute; warnings name what was skipped and why.
 */
public record Codebase(Path root, List<Path> javaSources, int testSources, List<Path> configFiles,
                       List<Path> buildFiles, List<Path> migrations, List<Path> resources, List<Path> propertyFiles,
                       List<String> warnings) {

    public String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    public boolean isEmpty() {
        return javaSources.isEmpty() && configFiles.isEmpty() && buildFiles.isEmpty();
    }
}
