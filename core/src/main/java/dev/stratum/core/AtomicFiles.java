package dev.stratum.core;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Every file Stratum writes (report, baseline, config, cache, tar) goes through here: all or nothing. The content
 * is written to a hidden temporary sibling, forced to disk, then renamed over the target in one step, so a full
 * disk, an exception, Ctrl-C or SIGTERM leaves either the old file or the new one, never a truncated mix. The
 * temporary file is removed on failure and, through {@link ShutdownCleanup}, on a signal.
 *
 * <p>A target that is a symbolic link is refused: renaming over it would replace the link, and following it would
 * write outside the directory the user named (a planted {@code stratum.yaml -> ~/.bashrc}).
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** What produces the file's bytes; may throw, in which case the target is left as it was. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void writeString(Path target, String content) {
        write(target, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
    }

    public static void write(Path target, Content content) {
        Path file = target.toAbsolutePath().normalize();
        Path parent = file.getParent();
        if (Files.isSymbolicLink(file)) {
            throw new UsageException("cannot write " + target + ": it is a symbolic link (Stratum never writes through links)");
        }
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new UsageException("cannot write " + target + ": it is a directory");
        }
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UsageException("cannot write " + target + ": directory " + parent + " does not exist");
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(parent, "." + file.getFileName() + ".", ".stratum-tmp");
            ShutdownCleanup.register(tmp);
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            replace(tmp, file);
            tmp = null;
        } catch (NoSuchFileException e) {
            throw new InputException("cannot write " + target + ": " + e.getFile() + " does not exist", e);
        } catch (FileSystemException e) {
            throw new InputException("cannot write " + target + ": " + reason(e), e);
        } catch (IOException e) {
            throw new InputException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                deleteQuietly(tmp);
                ShutdownCleanup.unregister(tmp);
            }
        }
    }

    /** Renames {@code from} over {@code to} in one step where the file system can; {@code from} is no longer pending. */
    static void replace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
        ShutdownCleanup.unregister(from);
    }

    /** The operating system's own words ("No space left on device", "Permission denied"), not just a path. */
    public static String reason(FileSystemException e) {
        String reason = e.getReason();
        return reason != null ? reason : e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // best effort: the temporary file is hidden and named so it is recognisable
        }
    }
}
