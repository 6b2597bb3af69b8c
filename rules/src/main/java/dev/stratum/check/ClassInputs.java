package dev.stratum.check;

import dev.stratum.core.InputException;
import dev.stratum.core.UsageException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What to import, resolved from the command's PATH arguments: a Maven or Gradle project (every module's compiled
 * main classes, and test classes when asked), a class directory, or a jar. Each class directory remembers its
 * module root so findings can point at {@code module/src/main/java/...}.
 *
 * @param classDirs class directory -> module root (null when unknown)
 * @param testDirs  the subset of {@code classDirs} holding test classes
 */
public record ClassInputs(Map<Path, Path> classDirs, Set<Path> testDirs, List<Path> jars, Path baseDir) {
    private static final Set<String> SKIP = Set.of(".git", "node_modules", ".idea", ".stratum", "src", ".mvn");
    private static final int MAX_DEPTH = 8;

    public ClassInputs {
        classDirs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(classDirs));
        testDirs = Set.copyOf(testDirs);
        jars = List.copyOf(jars);
    }

    /**
     * Resolves {@code paths} (the current directory when empty). {@code baseDir} is what file names in findings are
     * relative to: the single project directory given, or the current directory.
     */
    public static ClassInputs resolve(List<Path> paths, boolean includeTests) {
        List<Path> given = paths.isEmpty() ? List.of(Path.of("")) : paths;
        Map<Path, Path> dirs = new LinkedHashMap<>();
        java.util.Set<Path> tests = new java.util.LinkedHashSet<>();
        List<Path> jars = new ArrayList<>();
        Path base = Path.of("").toAbsolutePath();
        if (given.size() == 1 && Files.isDirectory(given.get(0)) && looksLikeProject(given.get(0))) {
            base = given.get(0).toAbsolutePath().normalize();
        }
        for (Path p : given) {
            Path abs = p.toAbsolutePath().normalize();
            if (!Files.exists(abs)) {
                throw new UsageException(p + ": no such file or directory");
            }
            if (Files.isRegularFile(abs)) {
                if (!abs.getFileName().toString().endsWith(".jar")) {
                    throw new UsageException(p + ": not a directory or a .jar file");
                }
                jars.add(abs);
            } else if (looksLikeProject(abs)) {
                collectModules(abs, includeTests, dirs, tests);
            } else {
                dirs.put(abs, moduleOf(abs));
            }
        }
        return new ClassInputs(dirs, tests, jars, base);
    }

    public boolean isEmpty() {
        return classDirs.isEmpty() && jars.isEmpty();
    }

    static boolean isProject(Path dir) {
        return Files.isRegularFile(dir.resolve("pom.xml")) || Files.isRegularFile(dir.resolve("build.gradle"))
                || Files.isRegularFile(dir.resolve("build.gradle.kts"));
    }

    /** A project, or a directory holding a build's output without its build file (a CI artifact, say). */
    static boolean looksLikeProject(Path dir) {
        return isProject(dir) || Files.isDirectory(dir.resolve("target/classes"))
                || Files.isDirectory(dir.resolve("build/classes/java/main"));
    }

    /** A module's build output (its classes are added explicitly; generated projects inside are not modules). */
    private static boolean isBuildOutput(Path dir, String name) {
        return (name.equals("target") || name.equals("build")) && dir.getParent() != null && looksLikeProject(dir.getParent());
    }

    /** {@code X/target/classes} and {@code X/build/classes/java/main} belong to module X. */
    static Path moduleOf(Path classDir) {
        Path p = classDir.toAbsolutePath().normalize();
        if (p.endsWith(Path.of("target", "classes")) || p.endsWith(Path.of("target", "test-classes"))) {
            return p.getParent().getParent();
        }
        if (p.getNameCount() >= 4 && p.getParent().getParent().endsWith(Path.of("build", "classes"))) {
            return p.getParent().getParent().getParent().getParent();
        }
        return null;
    }

    private static void collectModules(Path root, boolean includeTests, Map<Path, Path> dirs, Set<Path> tests) {
        try {
            Files.walkFileTree(root, Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    if (!dir.equals(root) && (SKIP.contains(name) || isBuildOutput(dir, name))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (!isProject(dir) && !dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    add(dir, dir.resolve("target/classes"), false);
                    add(dir, dir.resolve("build/classes/java/main"), false);
                    if (includeTests) {
                        add(dir, dir.resolve("target/test-classes"), true);
                        add(dir, dir.resolve("build/classes/java/test"), true);
                    }
                    return FileVisitResult.CONTINUE;
                }

                private void add(Path module, Path classes, boolean test) {
                    if (Files.isDirectory(classes)) {
                        dirs.put(classes, module);
                        if (test) {
                            tests.add(classes);
                        }
                    }
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new InputException(root + ": cannot list directory (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
