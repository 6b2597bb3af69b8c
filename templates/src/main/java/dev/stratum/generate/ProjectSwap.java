package dev.stratum.generate;

import dev.stratum.core.AtomicFiles;
import dev.stratum.core.FileTrees;
import dev.stratum.core.InputException;
import dev.stratum.core.UsageException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Puts a generated project in place all or nothing, also when SIGINT or SIGTERM arrives at any moment:
 * <ol>
 *   <li>every file is written into a fresh hidden sibling, {@code .NAME.stratum-XXXX} (same file system);</li>
 *   <li>an existing target is renamed aside to {@code .NAME.stratum-old-XXXX}, never deleted first;</li>
 *   <li>the staging directory is renamed to the target;</li>
 *   <li>only then is the old tree deleted.</li>
 * </ol>
 * A shutdown hook of this transaction finishes or undoes it under the same lock the writing thread holds for each
 * step: before step 3 it deletes the staging directory and renames the old tree back; after it, it finishes
 * deleting the old tree. So a signal leaves the old project or the new one, and no temporary directory. Every file
 * and directory is created new ({@code CREATE_NEW}, {@code createDirectory}), so no write follows a link.
 * (SIGKILL cannot be handled: it leaves a hidden {@code .NAME.stratum-*} sibling, and the target as it was or new.)
 */
final class ProjectSwap {
    private enum State { STAGING, OLD_ASIDE, NEW_IN_PLACE, DONE }

    private final Path requested;
    private final boolean force;
    private final Object lock = new Object();
    private Path target;
    private Path staging;
    private Path aside;
    private State state = State.DONE;
    private boolean aborted;

    ProjectSwap(Path target, boolean force) {
        this.requested = target;
        this.force = force;
    }

    /**
     * Writes the project, files matching {@code executable} with execute permission wherever they are readable;
     * returns warnings (an old tree that could not be deleted completely).
     */
    List<String> write(Map<String, byte[]> files, Predicate<String> executable) {
        Thread hook = new Thread(this::onShutdown, "stratum-new-rollback");
        boolean hooked = false;
        try {
            Path parent = createParent(requested.toAbsolutePath().normalize());
            target = parent.resolve(requested.toAbsolutePath().normalize().getFileName().toString());
            Runtime.getRuntime().addShutdownHook(hook);
            hooked = true;
            synchronized (lock) {
                staging = createUnique(parent, "." + target.getFileName() + ".stratum-");
                state = State.STAGING;
            }
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                synchronized (lock) {
                    checkNotAborted();
                    writeFile(e.getKey(), e.getValue(), executable.test(e.getKey()));
                }
            }
            synchronized (lock) {
                checkNotAborted();
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    ProjectDirectory.checkWritable(target, force);
                    aside = createUnique(parent, "." + target.getFileName() + ".stratum-old-");
                    Files.delete(aside); // reserved the name; the rename needs it free
                    Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
                    state = State.OLD_ASIDE;
                }
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                staging = null;
                state = aside == null ? State.DONE : State.NEW_IN_PLACE;
            }
            return deleteOld();
        } catch (IOException e) {
            synchronized (lock) {
                rollback();
            }
            throw failure(e);
        } catch (RuntimeException e) {
            synchronized (lock) {
                rollback();
            }
            throw e;
        } finally {
            if (hooked) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // The hook runs or is about to; it finds the state DONE, or finishes what is left.
                }
            }
        }
    }

    private static Path createParent(Path absolute) throws IOException {
        Path parent = absolute.getParent();
        if (parent == null) {
            throw new UsageException("cannot generate into " + absolute + ": it is the file system root");
        }
        try {
            Files.createDirectories(parent);
        } catch (FileAlreadyExistsException | NotDirectoryException e) {
            throw new UsageException("cannot write " + absolute + ": " + e.getFile() + " is not a directory", e);
        }
        return parent.toRealPath();
    }

    private void writeFile(String relative, byte[] content, boolean executable) throws IOException {
        Path file = staging;
        String[] parts = relative.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            file = file.resolve(parts[i]);
            if (!Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(file);
            }
        }
        Path written = Files.write(file.resolve(parts[parts.length - 1]), content, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
        if (executable) {
            makeExecutable(written);
        }
    }

    /** Adds x where r is set (as git checks out a 755 file under the user's umask); no-op without POSIX modes. */
    private static void makeExecutable(Path file) throws IOException {
        if (!Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> modes = EnumSet.copyOf(Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS));
        addIf(modes, PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_EXECUTE);
        addIf(modes, PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE);
        addIf(modes, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE);
        Files.setPosixFilePermissions(file, modes);
    }

    private static void addIf(Set<PosixFilePermission> modes, PosixFilePermission read, PosixFilePermission execute) {
        if (modes.contains(read)) {
            modes.add(execute);
        }
    }

    /** A new directory with a random suffix; created (not just named) so two runs never share one. */
    private static Path createUnique(Path parent, String prefix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path candidate = parent.resolve(prefix + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36));
            try {
                return Files.createDirectory(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /** Step 4, one entry at a time under the lock, so that the hook can take over at any entry. */
    private List<String> deleteOld() {
        List<String> warnings = new ArrayList<>();
        if (aside == null) {
            return warnings;
        }
        try {
            Files.walkFileTree(aside, Set.of(), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    return delete(file);
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    return delete(dir);
                }

                private FileVisitResult delete(Path p) throws IOException {
                    synchronized (lock) {
                        if (aborted) {
                            return FileVisitResult.TERMINATE;
                        }
                        Files.deleteIfExists(p);
                        return FileVisitResult.CONTINUE;
                    }
                }
            });
            synchronized (lock) {
                if (!aborted) {
                    state = State.DONE;
                }
            }
        } catch (IOException e) {
            synchronized (lock) {
                state = State.DONE;
            }
            warnings.add("the new project is in place, but the previous one could not be deleted completely: "
                    + aside + " (" + reason(e) + ")");
        }
        return warnings;
    }

    private void onShutdown() {
        synchronized (lock) {
            aborted = true;
            if (state == State.NEW_IN_PLACE) {
                FileTrees.deleteQuietly(aside);
                state = State.DONE;
            } else {
                rollback();
            }
        }
    }

    /** Undoes steps 1 and 2 (called with the lock held); the old tree goes back only to a free target name. */
    private void rollback() {
        if (state == State.OLD_ASIDE && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                // Nothing better is possible; the old tree stays whole at its hidden name.
            }
        }
        if (staging != null) {
            FileTrees.deleteQuietly(staging);
            staging = null;
        }
        state = State.DONE;
    }

    private void checkNotAborted() {
        if (aborted) {
            throw new InputException("interrupted: " + requested + " was left as it was");
        }
    }

    private InputException failure(IOException e) {
        return new InputException("cannot write " + requested + ": " + reason(e) + " (nothing was changed)", e);
    }

    private static String reason(IOException e) {
        return e instanceof FileSystemException fs ? AtomicFiles.reason(fs) : String.valueOf(e.getMessage());
    }


}
