package dev.stratum.core;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several files that belong together (stratum.yaml and its baseline; the files of an update) written or deleted all or none, with the same rules as
 * {@link AtomicFiles}: every file goes to a hidden temporary sibling and is forced to disk first (a full disk fails
 * here, before any target changes); then the targets are renamed into place one after the other. An old target is
 * kept as a hard link (or copy) until every rename succeeded, so when a later rename fails the earlier targets are
 * put back as they were: the old set or the new set, never a mix.
 */
public final class AtomicFileSet {
    /** Marks a target to delete; compared by identity. */
    private static final AtomicFiles.Content DELETE = out -> {
        throw new IllegalStateException("a deletion has no content");
    };

    private final Map<Path, AtomicFiles.Content> files = new LinkedHashMap<>();
    private final Set<Path> executables = new HashSet<>();

    public AtomicFileSet add(Path target, AtomicFiles.Content content) {
        files.put(target, content);
        return this;
    }

    /** As {@link #add(Path, AtomicFiles.Content)}; {@code executable} adds execute permission where read is set. */
    public AtomicFileSet add(Path target, AtomicFiles.Content content, boolean executable) {
        if (executable) {
            executables.add(target);
        }
        return add(target, content);
    }

    public AtomicFileSet addString(Path target, String content) {
        return add(target, out -> out.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Deletes {@code target} together with the writes: if any write fails, the file is put back. */
    public AtomicFileSet delete(Path target) {
        files.put(target, DELETE);
        return this;
    }

    /** Writes every file or none; failures are {@link UsageException} (bad target) or {@link InputException}. */
    public void write() {
        for (Path target : files.keySet()) {
            check(target);
        }
        Map<Path, Path> temps = new LinkedHashMap<>();
        List<Path[]> committed = new ArrayList<>(); // {target, backup or null}
        Path current = null;
        try {
            for (Map.Entry<Path, AtomicFiles.Content> e : files.entrySet()) {
                current = e.getKey();
                temps.put(e.getKey(), e.getValue() == DELETE ? null
                        : writeTemp(e.getKey(), e.getValue(), executables.contains(e.getKey())));
            }
            for (Map.Entry<Path, Path> e : temps.entrySet()) {
                current = e.getKey();
                Path target = e.getKey().toAbsolutePath().normalize();
                Path backup = backup(target);
                try {
                    if (e.getValue() == null) {
                        Files.deleteIfExists(target);
                    } else {
                        AtomicFiles.replace(e.getValue(), target);
                    }
                } catch (IOException failed) {
                    deleteQuietly(backup);
                    throw failed;
                }
                committed.add(new Path[] {target, backup});
            }
            committed.forEach(c -> deleteQuietly(c[1]));
            committed.clear();
        } catch (FileSystemException e) {
            throw new InputException("cannot write " + current + ": " + AtomicFiles.reason(e), e);
        } catch (IOException e) {
            throw new InputException("cannot write " + current + ": " + e.getMessage(), e);
        } finally {
            rollBack(committed);
            temps.values().forEach(AtomicFileSet::deleteQuietly); // null for deletions: nothing to clean
        }
    }

    private static void check(Path target) {
        Path file = target.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(file)) {
            throw new UsageException("cannot write " + target + ": it is a symbolic link (Stratum never writes through links)");
        }
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new UsageException("cannot write " + target + ": it is a directory");
        }
        if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
            throw new UsageException("cannot write " + target + ": directory " + file.getParent() + " does not exist");
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new UsageException("cannot write " + target + ": it is not a regular file");
        }
    }

    private static Path writeTemp(Path target, AtomicFiles.Content content, boolean executable) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".stratum-tmp");
        ShutdownCleanup.register(tmp);
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
             OutputStream out = Channels.newOutputStream(channel)) {
            content.writeTo(out);
            out.flush();
            channel.force(true);
            setMode(tmp, file, executable);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
        return tmp;
    }

    /**
     * The temporary file is private while it is written; before it replaces the target it gets the target's mode,
     * or for a new file its directory's mode without execute bits (what the user's umask gives files there), plus
     * execute where read is set when asked. No-op on file systems without POSIX modes.
     */
    private static void setMode(Path tmp, Path target, boolean executable) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> modes;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            modes = EnumSet.copyOf(Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS));
        } else {
            modes = EnumSet.copyOf(Files.getPosixFilePermissions(target.getParent()));
            modes.removeAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
        }
        if (executable) {
            addIf(modes, PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_EXECUTE);
            addIf(modes, PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE);
            addIf(modes, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE);
        }
        modes.add(PosixFilePermission.OWNER_READ);
        modes.add(PosixFilePermission.OWNER_WRITE);
        Files.setPosixFilePermissions(tmp, modes);
    }

    private static void addIf(Set<PosixFilePermission> modes, PosixFilePermission read, PosixFilePermission execute) {
        if (modes.contains(read)) {
            modes.add(execute);
        }
    }

    /** A second name for the old target (a hard link, or a copy where links are not supported); null if none. */
    private static Path backup(Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Path backup = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".stratum-old");
        Files.deleteIfExists(backup);
        ShutdownCleanup.register(backup); // the target still holds the old or the new content: the backup is spare
        try {
            Files.createLink(backup, target);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES);
        }
        return backup;
    }

    private static void rollBack(List<Path[]> committed) {
        for (int i = committed.size() - 1; i >= 0; i--) {
            Path target = committed.get(i)[0];
            Path backup = committed.get(i)[1];
            try {
                if (backup == null) {
                    Files.deleteIfExists(target);
                } else {
                    AtomicFiles.replace(backup, target);
                }
            } catch (IOException ignored) {
                // best effort: the backup stays beside the target under its hidden name
            }
        }
    }


    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // hidden and recognisable by name
        }
        ShutdownCleanup.unregister(path);
    }
}
