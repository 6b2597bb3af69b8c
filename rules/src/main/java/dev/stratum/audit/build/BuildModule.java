package dev.stratum.audit.build;

import java.util.List;

/**
 * One build file of the project as a module: its directory ({@code ""} for the root), where absence findings about
 * it are reported ({@code buildFile} at {@code buildLine}, its dependencies block), its name (Maven artifactId,
 * Gradle directory name), the parent it inherits dependencies from (Maven {@code <parent>} artifactId, else null),
 * its own dependencies, the modules of the same build it depends on (by name), whether it applies the Spring Boot
 * plugin itself, whether it is a Maven aggregator ({@code <packaging>pom}), and the dependencies it gives every
 * module below it (Gradle {@code subprojects}/{@code allprojects} blocks).
 */
public record BuildModule(String dir, String buildFile, int buildLine, String name, String parent,
                          Dependencies dependencies, List<String> modulesUsed, boolean bootPlugin, boolean aggregator,
                          List<Dependency> sharedWithSubprojects) {
    public BuildModule {
        modulesUsed = List.copyOf(modulesUsed);
        sharedWithSubprojects = List.copyOf(sharedWithSubprojects);
    }

    /** Whether {@code file} (relative to the audited root) lies in this module's directory. */
    public boolean contains(String file) {
        return dir.isEmpty() || file.startsWith(dir + "/");
    }

    /** The line of the first dependencies block of a build file's text, else 1. */
    static int dependencyBlockLine(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("<dependencies>") || lines[i].strip().startsWith("dependencies")) {
                return i + 1;
            }
        }
        return 1;
    }

    static String dirOf(String relativeBuildFile) {
        int slash = relativeBuildFile.lastIndexOf('/');
        return slash < 0 ? "" : relativeBuildFile.substring(0, slash);
    }
}
