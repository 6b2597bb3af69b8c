package dev.stratum.image;

import dev.stratum.core.AtomicFiles;
import dev.stratum.core.InputException;
import dev.stratum.core.ShutdownCleanup;
import dev.stratum.core.UsageException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A tar target written all or nothing, as {@link AtomicFiles} writes every other file: jib writes to a hidden
 * temporary sibling (it needs a path, not a stream), which is forced to disk and renamed over the target only
 * once the image is complete. A full disk, a failure, the deadline, Ctrl-C or SIGTERM leave the old tar as it
 * was; the temporary file is deleted, or, on a signal, by {@link ShutdownCleanup}. A target that is a symbolic
 * link or a directory is refused (exit 2).
 */
final class TarOutput implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private boolean committed;

    private TarOutput(Path target, Path temp) {
        this.target = target;
        this.temp = temp;
    }

    static TarOutput at(Path file) {
        Path target = file.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(target)) {
            throw new UsageException("cannot write " + file + ": it is a symbolic link (Stratum never writes through links)");
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new UsageException("cannot write " + file + ": it is a directory");
        }
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".stratum-tmp");
            ShutdownCleanup.register(temp);
            return new TarOutput(target, temp);
        } catch (FileSystemException e) {
            throw new InputException("cannot write " + file + ": " + AtomicFiles.reason(e), e);
        } catch (IOException e) {
            throw new InputException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Where jib writes the tar. */
    Path temp() {
        return temp;
    }

    /** The tar is complete: to disk, then over the target in one rename. */
    void commit() {
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
            ShutdownCleanup.unregister(temp);
        } catch (FileSystemException e) {
            throw failed(e);
        } catch (IOException e) {
            throw new InputException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    InputException failed(FileSystemException e) {
        return new InputException("cannot write " + target + ": " + AtomicFiles.reason(e)
                + " (the previous file, if any, is unchanged)", e);
    }

    Path target() {
        return target;
    }

    /** Removes the temporary file unless the tar was committed. It stays registered in case a writer still runs. */
    @Override
    public void close() {
        if (committed) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // hidden and recognisable; ShutdownCleanup tries again at exit
        }
    }
}
