package dev.stratum.generate;

import dev.stratum.core.InputException;
import dev.stratum.core.UsageException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Where a generated project may go, and writing it there ({@link ProjectSwap}: all or nothing, also under SIGINT
 * and SIGTERM). {@code --force} replaces a directory only when that cannot destroy more than an old project.
 */
final class ProjectDirectory {
    /** Version-control metadata: a directory holding one of these (at any depth) is never replaced. */
    private static final Set<String> VCS = Set.of(".git", ".hg", ".svn");

    private ProjectDirectory() {
    }

    static void checkWritable(Path target, boolean force) {
        if (Files.isSymbolicLink(target)) {
            throw new UsageException(target + " is a symbolic link; give the directory it points to (Stratum never "
                    + "writes through links)");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new UsageException(target + " exists and is not a directory");
            }
            if (!force && !isEmpty(target)) {
                throw new UsageException(target + " exists and is not empty (use --force to replace it)");
            }
            if (force && !isEmpty(target)) {
                refuseToReplace(target);
            }
        }
    }

    /**
     * Writes {@code files} (relative path to content) as the directory {@code target}, the paths {@code executable}
     * accepts with execute permission; see {@link ProjectSwap}.
     */
    static List<String> writeAtomically(Path target, Map<String, byte[]> files, Predicate<String> executable,
                                        boolean force) {
        return new ProjectSwap(target, force).write(files, executable);
    }

    /**
     * {@code --force} replaces the whole directory, so it is refused where that would destroy more than an old
     * generated project: the file system root, the home directory or a parent of it, the working directory or one
     * of its parents, and any directory holding a version-control checkout, at any depth. Real paths on both sides,
     * so a link to the home directory is the home directory.
     */
    private static void refuseToReplace(Path target) {
        Path real = realPath(target);
        Path cwd = realPath(Path.of("").toAbsolutePath());
        Path home = realPath(Path.of(System.getProperty("user.home", "/")));
        String reason = real.getParent() == null ? "it is the file system root"
                : real.equals(home) ? "it is the home directory"
                : home.startsWith(real) ? "it holds the home directory"
                : cwd.startsWith(real) ? "it is the working directory or one of its parents"
                : checkout(real).map(c -> c.getParent().equals(real)
                        ? "it is under version control (" + c.getFileName() + ")"
                        : "it holds the checkout " + real.relativize(c)).orElse(null);
        if (reason != null) {
            throw new UsageException("--force would delete everything in " + target + " because " + reason
                    + "; generate into a new directory instead");
        }
    }

    /** The first {@code .git}, {@code .hg} or {@code .svn} under {@code dir} (links not followed). */
    private static Optional<Path> checkout(Path dir) {
        Path[] found = new Path[1];
        try {
            Files.walkFileTree(dir, Set.of(), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return visit(d);
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    return visit(f); // a worktree's or submodule's .git is a file
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    return FileVisitResult.CONTINUE;
                }

                private FileVisitResult visit(Path p) {
                    if (p.getFileName() != null && VCS.contains(p.getFileName().toString())) {
                        found[0] = p;
                        return FileVisitResult.TERMINATE;
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new InputException("cannot read " + dir + ": " + e.getMessage(), e);
        }
        return Optional.ofNullable(found[0]);
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new InputException("cannot read " + dir + ": " + e.getMessage(), e);
        }
    }
}
