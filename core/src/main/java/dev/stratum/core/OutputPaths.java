package dev.stratum.core;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Checks for output paths: the missing parent directories of a report or baseline the user named on the command
 * line are created, and when that cannot be done the message says why (an ancestor that is a file, the operating
 * system's reason), never just "cannot write".
 */
public final class OutputPaths {
    private OutputPaths() {
    }

    /** Creates the missing parent directories of {@code file}. */
    public static void createParents(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        if (parent == null || Files.isDirectory(parent)) {
            return;
        }
        for (Path p = parent; p != null; p = p.getParent()) {
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p)) {
                if (!Files.isDirectory(p)) {
                    throw new UsageException("cannot write " + file + ": " + p + " is not a directory");
                }
                break;
            }
        }
        try {
            Files.createDirectories(parent);
        } catch (FileSystemException e) {
            throw new InputException("cannot write " + file + ": cannot create directory " + parent + " ("
                    + AtomicFiles.reason(e) + ")", e);
        } catch (IOException e) {
            throw new InputException("cannot write " + file + ": cannot create directory " + parent + " ("
                    + e.getMessage() + ")", e);
        }
    }
}
