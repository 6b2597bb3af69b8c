package dev.stratum.generate;

import dev.stratum.core.InputException;
import dev.stratum.core.SafePaths;
import dev.stratum.core.UsageException;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a generated project so that the target is either untouched or complete: files go to a temporary
 * directory beside the target (same file system, so the final rename is atomic), which then replaces it.
 * A shutdown hook removes the temporary directory if the process is interrupted (Ctrl-C).
 */
final class ProjectDirectory {
    private ProjectDirectory() {
    }

    static void checkWritable(Path target, boolean force) {
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

    static void writeAtomically(Path target, Map<String, byte[]> files, boolean force) {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Path staging = null;
        Thread cleanup = null;
        try {
            Files.createDirectories(parent);
            staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".stratum-");
            Path toClean = staging;
            cleanup = new Thread(() -> deleteQuietly(toClean), "stratum-cleanup");
            Runtime.getRuntime().addShutdownHook(cleanup);
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Path file = SafePaths.resolveInside(staging, e.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, e.getValue());
            }
            replace(absolute, staging, force);
        } catch (IOException e) {
            throw new InputException("cannot write " + absolute + ": " + e.getMessage(), e);
        } finally {
            if (staging != null) {
                deleteQuietly(staging);
            }
            if (cleanup != null) {
                removeHook(cleanup);
            }
        }
    }

    private static void replace(Path target, Path staging, boolean force) throws IOException {
        Path old = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            checkWritable(target, force);
            try {
                Files.delete(target);
            } catch (DirectoryNotEmptyException e) {
                old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".stratum-old-");
                Files.move(target, old.resolve("previous"), StandardCopyOption.ATOMIC_MOVE);
            }
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        if (old != null) {
            deleteQuietly(old);
        }
    }

    /**
     * {@code --force} replaces the whole directory, so it is refused where that would destroy more than an old
     * generated project: the file system root, the home directory, the working directory or one of its parents,
     * and any directory under version control.
     */
    private static void refuseToReplace(Path target) {
        Path real;
        try {
            real = target.toRealPath();
        } catch (IOException e) {
            throw new InputException("cannot read " + target + ": " + e.getMessage(), e);
        }
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path home = Path.of(System.getProperty("user.home", "/")).toAbsolutePath().normalize();
        String reason = real.getParent() == null ? "it is the file system root"
                : real.equals(home) ? "it is the home directory"
                : cwd.startsWith(real) ? "it is the working directory or one of its parents"
                : Files.exists(real.resolve(".git")) ? "it is under version control (.git)"
                : null;
        if (reason != null) {
            throw new UsageException("--force would delete everything in " + target + " because " + reason
                    + "; generate into a new directory instead");
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new InputException("cannot read " + dir + ": " + e.getMessage(), e);
        }
    }

    static void deleteQuietly(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // Best effort: a leftover temporary file is harmless and named after the target.
                }
            });
        } catch (IOException ignored) {
            // Same as above.
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to; it does the same cleanup.
        }
    }
}
