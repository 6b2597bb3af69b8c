package dev.stratum.audit;

import dev.stratum.audit.config.ConfigFileReader;
import dev.stratum.audit.migration.MigrationReader;
import dev.stratum.config.AuditConfig;
import dev.stratum.core.InputException;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Walks a project once and sorts its files. Build output, VCS and tool directories are skipped; symbolic links
 * are followed but loops, dangling links and unreadable directories become warnings, never failures.
 */
public final class CodebaseScanner {
    static final Set<String> SKIPPED_DIRS = Set.of(".git", ".svn", ".hg", ".gradle", ".mvn", ".idea", ".vscode",
            "node_modules", ".stratum");
    /** Build output directories; skipped unless they sit inside a source tree (a package may be named build). */
    static final Set<String> OUTPUT_DIRS = Set.of("target", "build", "out", "bin");
    private static final int MAX_DEPTH = 64;

    private final List<PathMatcher> excludes;
    private final TreeWalker walker;

    /** {@code excludes} are globs relative to the root, e.g. {@code legacy/**} or {@code **}{@code /generated/**}. */
    public CodebaseScanner(List<String> excludes) {
        this(excludes, Files::walkFileTree);
    }

    /** With another walker: tests make a directory listing fail, which permissions cannot do when run as root. */
    CodebaseScanner(List<String> excludes, TreeWalker walker) {
        this.excludes = AuditConfig.compileExcludes(excludes);
        this.walker = walker;
    }

    /** The shape of {@link Files#walkFileTree(Path, Set, int, FileVisitor)}. */
    @FunctionalInterface
    interface TreeWalker {
        void walk(Path start, Set<FileVisitOption> options, int maxDepth, FileVisitor<? super Path> visitor)
                throws IOException;
    }

    public Codebase scan(Path root) {
        Path base = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(base)) {
            throw new InputException(root + ": not a directory");
        }
        List<Path> java = new ArrayList<>();
        List<Path> config = new ArrayList<>();
        List<Path> builds = new ArrayList<>();
        List<Path> migrations = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int[] tests = {0};
        try {
            walker.walk(base, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH, new SimpleFileVisitor<Path>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(base) && (skippedDir(base, dir) || excluded(base, dir))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isSymbolicLink() && !excluded(base, file)) {
                        // with FOLLOW_LINKS only a link whose target is missing arrives here as a link
                        warnings.add(base.relativize(file).toString().replace('\\', '/') + ": dangling symbolic link, skipped");
                        return FileVisitResult.CONTINUE;
                    }
                    if (!attrs.isRegularFile() || excluded(base, file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String rel = base.relativize(file).toString().replace('\\', '/');
                    String name = file.getFileName().toString();
                    boolean test = isTestPath(rel);
                    if (name.endsWith(".java")) {
                        if (test) {
                            tests[0]++;
                        } else {
                            java.add(file);
                        }
                    } else if (test) {
                        return FileVisitResult.CONTINUE;
                    } else if (name.equals("pom.xml") || name.equals("build.gradle") || name.equals("build.gradle.kts")) {
                        builds.add(file);
                    } else if (ConfigFileReader.isConfigFile(name)) {
                        config.add(file);
                    } else if (MigrationReader.isMigration(rel)) {
                        migrations.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String rel = base.relativize(file).toString().replace('\\', '/');
                    if (e instanceof FileSystemLoopException) {
                        warnings.add(rel + ": symbolic link loop, skipped");
                    } else if (e instanceof java.nio.file.AccessDeniedException) {
                        warnings.add(rel + ": permission denied, skipped");
                    } else if (e instanceof java.nio.file.NoSuchFileException) {
                        warnings.add(rel + ": dangling symbolic link, skipped");
                    } else {
                        warnings.add(rel + ": cannot read (" + e.getClass().getSimpleName() + "), skipped");
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new InputException(root + ": cannot list files (" + e.getClass().getSimpleName() + ")", e);
        }
        java.sort(null);
        config.sort(null);
        builds.sort(null);
        migrations.sort(null);
        return new Codebase(base, java, tests[0], config, builds, migrations, warnings);
    }

    private static boolean skippedDir(Path base, Path dir) {
        String name = dir.getFileName().toString();
        return SKIPPED_DIRS.contains(name)
                || OUTPUT_DIRS.contains(name) && !("/" + base.relativize(dir).toString().replace('\\', '/')).contains("/src/");
    }

    private boolean excluded(Path base, Path p) {
        if (excludes.isEmpty()) {
            return false;
        }
        Path rel = base.relativize(p);
        for (PathMatcher m : excludes) {
            if (m.matches(rel)) {
                return true;
            }
        }
        return false;
    }

    /** Test sources: anything under src/test*, src/it or src/integrationTest (Maven and Gradle layouts). */
    static boolean isTestPath(String rel) {
        String r = "/" + rel;
        return r.contains("/src/test") || r.contains("/src/it/") || r.contains("/src/integrationTest/")
                || r.contains("/src/testFixtures/");
    }
}
