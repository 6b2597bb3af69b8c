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
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks a project once and sorts its files. Build output, VCS and tool directories are skipped. Symbolic links are
 * never followed out of the audited tree: a link whose target (resolved to its real path) is outside is skipped with
 * a warning, so a link to {@code /} cannot make the audit walk the host. A link to a directory inside the tree is
 * walked once, under the link's name, unless its target is walked anyway; dangling links, loops, unreadable
 * directories and pipes or devices named like sources become warnings, never failures. Only the audited root itself
 * failing to open is an error.
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
    public CodebaseScanner(List<String> excludes, TreeWalker walker) {
        this.excludes = AuditConfig.compileExcludes(excludes);
        this.walker = walker;
    }

    /** The shape of {@link Files#walkFileTree(Path, Set, int, FileVisitor)}. */
    @FunctionalInterface
    public interface TreeWalker {
        void walk(Path start, Set<FileVisitOption> options, int maxDepth, FileVisitor<? super Path> visitor)
                throws IOException;
    }

    public Codebase scan(Path root) {
        Path base = realRoot(root);
        Sorter sorter = new Sorter(base);
        Deque<Path> links = new ArrayDeque<>();
        walk(base, base, sorter, links, root);
        // links last, in name order: what the plain walk reaches is never walked twice, and the result is stable
        while (!links.isEmpty()) {
            List<Path> batch = new ArrayList<>(links);
            links.clear();
            batch.sort(null);
            for (Path link : batch) {
                follow(link, base, sorter, links, root);
            }
        }
        return sorter.codebase();
    }

    private static Path realRoot(Path root) {
        try {
            Path real = root.toRealPath();
            if (!Files.isDirectory(real)) {
                throw new InputException(root + ": not a directory");
            }
            return real;
        } catch (NoSuchFileException e) {
            throw new InputException(root + ": not a directory");
        } catch (AccessDeniedException e) {
            throw new InputException(root + ": permission denied");
        } catch (IOException e) {
            throw new InputException(root + ": cannot be read (" + reason(e) + ")");
        }
    }

    /** Walks {@code start} (the root, or a followed link) without following links; links found go to {@code links}. */
    private void walk(Path start, Path base, Sorter sorter, Deque<Path> links, Path root) {
        try {
            walker.walk(start, EnumSet.noneOf(FileVisitOption.class), MAX_DEPTH, new SimpleFileVisitor<Path>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(start) && (skippedDir(base, dir) || excluded(base, dir))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    sorter.walked.add(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (excluded(base, file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink()) {
                        links.add(file);
                    } else {
                        sorter.add(file, attrs);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (file.equals(base)) {
                        throw e; // the audited root itself: an error, not a warning
                    }
                    sorter.warn(file, describe(e));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    // a listing that failed part-way (/proc/<pid>, a directory removed meanwhile): keep what was read
                    if (e != null) {
                        sorter.warn(dir, "listing failed part-way (" + describe(e) + ")");
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (AccessDeniedException e) {
            throw new InputException(root + ": permission denied", e);
        } catch (IOException e) {
            throw new InputException(root + ": cannot list files (" + reason(e) + ")", e);
        }
    }

    /** A link found by a walk: followed only when its real target is inside the audited tree and not walked yet. */
    private void follow(Path link, Path base, Sorter sorter, Deque<Path> links, Path root) {
        if (skippedDir(base, link)) {
            return; // .git, target, node_modules...: skipped by name, whatever they point to
        }
        Path target;
        try {
            target = link.toRealPath();
        } catch (NoSuchFileException e) {
            sorter.warn(link, "dangling symbolic link, skipped");
            return;
        } catch (FileSystemException e) {
            sorter.warn(link, "ELOOP".equals(e.getReason()) || String.valueOf(e.getReason()).contains("many levels")
                    ? "symbolic link loop, skipped" : "symbolic link cannot be resolved (" + reason(e) + "), skipped");
            return;
        } catch (IOException e) {
            sorter.warn(link, "symbolic link cannot be resolved (" + reason(e) + "), skipped");
            return;
        }
        if (!target.startsWith(base)) {
            sorter.warn(link, "symbolic link to outside the audited tree, not followed");
            return;
        }
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(target, BasicFileAttributes.class);
        } catch (IOException e) {
            sorter.warn(link, "symbolic link cannot be resolved (" + reason(e) + "), skipped");
            return;
        }
        if (attrs.isDirectory()) {
            if (isAncestor(target, link)) {
                sorter.warn(link, "symbolic link loop, skipped");
                return;
            }
            if (sorter.walked.contains(target) || sorter.walked.contains(link)) {
                return; // walked already under its real name: once is enough
            }
            sorter.walked.add(target);
            if (link.getNameCount() - base.getNameCount() >= MAX_DEPTH || skippedDir(base, link)) {
                return;
            }
            walkLinked(link, target, base, sorter, links, root);
        } else if (sorter.seenFiles.add(target)) {
            sorter.add(link, attrs);
        }
    }

    /** Whether the link points at a directory that contains it (following it would never end). */
    private static boolean isAncestor(Path target, Path link) {
        try {
            return link.getParent().toRealPath().startsWith(target);
        } catch (IOException e) {
            return false;
        }
    }

    /** Walks a linked directory under the link's own name (so reported paths are the ones the user sees). */
    private void walkLinked(Path link, Path target, Path base, Sorter sorter, Deque<Path> links, Path root) {
        try {
            try (var entries = Files.newDirectoryStream(link)) {
                for (Path entry : entries) {
                    BasicFileAttributes attrs = Files.readAttributes(entry, BasicFileAttributes.class,
                            java.nio.file.LinkOption.NOFOLLOW_LINKS);
                    if (excluded(base, entry)) {
                        continue;
                    }
                    if (attrs.isSymbolicLink()) {
                        links.add(entry);
                    } else if (attrs.isDirectory()) {
                        if (!skippedDir(base, entry)) {
                            walk(entry, base, sorter, links, root);
                        }
                    } else {
                        sorter.add(entry, attrs);
                    }
                }
            }
        } catch (java.nio.file.DirectoryIteratorException e) {
            sorter.warn(link, "listing failed part-way (" + describe(e.getCause()) + ")");
        } catch (IOException e) {
            sorter.warn(link, describe(e));
        }
    }

    /** The files found so far, sorted into kinds, with the warnings. */
    private final class Sorter {
        final Path base;
        final Set<Path> walked = new HashSet<>();
        final Set<Path> seenFiles = new HashSet<>();
        final List<Path> java = new ArrayList<>();
        final List<Path> config = new ArrayList<>();
        final List<Path> builds = new ArrayList<>();
        final List<Path> migrations = new ArrayList<>();
        final List<Path> resources = new ArrayList<>();
        final List<Path> propertyFiles = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        int tests;

        Sorter(Path base) {
            this.base = base;
        }

        void warn(Path p, String reason) {
            String rel = base.relativize(p).toString().replace('\\', '/');
            warnings.add((rel.isEmpty() ? "." : rel) + ": " + reason);
        }

        void add(Path file, BasicFileAttributes attrs) {
            String rel = base.relativize(file).toString().replace('\\', '/');
            String name = file.getFileName().toString();
            boolean test = isTestPath(rel);
            boolean java = name.endsWith(".java");
            boolean wanted = java ? !test : !test && (name.equals("pom.xml") || name.equals("build.gradle")
                    || name.equals("build.gradle.kts") || ConfigFileReader.isConfigFile(name) || MigrationReader.isMigration(rel)
                    || ResourceFiles.kind(rel, name) != null || importable(rel, name));
            if (!attrs.isRegularFile()) {
                if (wanted || java) {
                    warn(file, "not a regular file (a pipe, socket or device), skipped");
                }
                return;
            }
            if (attrs.isRegularFile() && !file.equals(base)) {
                seenFiles.add(file);
            }
            if (java) {
                if (test) {
                    tests++;
                } else {
                    this.java.add(file);
                }
            } else if (!wanted) {
                return;
            } else if (name.equals("pom.xml") || name.equals("build.gradle") || name.equals("build.gradle.kts")) {
                builds.add(file);
            } else if (ConfigFileReader.isConfigFile(name)) {
                config.add(file);
            } else if (ResourceFiles.kind(rel, name) == null && !MigrationReader.isMigration(rel)) {
                propertyFiles.add(file);
            } else if (!MigrationReader.isMigration(rel)) {
                resources.add(file);
            } else {
                migrations.add(file);
            }
        }

        Codebase codebase() {
            java.sort(null);
            config.sort(null);
            builds.sort(null);
            migrations.sort(null);
            resources.sort(null);
            propertyFiles.sort(null);
            return new Codebase(base, java, tests, config, builds, migrations, resources, propertyFiles, warnings);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop, skipped";
        } else if (e instanceof AccessDeniedException) {
            return "permission denied, skipped";
        } else if (e instanceof NoSuchFileException) {
            return "disappeared during the scan, skipped";
        }
        return "cannot read (" + reason(e) + "), skipped";
    }

    private static String reason(IOException e) {
        return e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName();
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

    /**
     * Other properties and YAML files an application may load by {@code @PropertySource} or
     * {@code spring.config.import}: those in a resources or config directory, and a committed {@code .env}. Read only
     * when something loads them (a {@code .env} beside a build file is deployment configuration).
     */
    static boolean importable(String rel, String name) {
        String r = "/" + rel;
        return (name.endsWith(".properties") || name.endsWith(".yml") || name.endsWith(".yaml"))
                && (r.contains("/resources/") || r.contains("/config/")) || name.equals(".env");
    }

    /** Test sources: anything under src/test*, src/it or src/integrationTest (Maven and Gradle layouts). */
    static boolean isTestPath(String rel) {
        String r = "/" + rel;
        return r.contains("/src/test") || r.contains("/src/it/") || r.contains("/src/integrationTest/")
                || r.contains("/src/testFixtures/");
    }
}
