package dev.stratum.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads one input file of the audited tree with a size bound, whatever happened to it since the scan: a file that
 * was deleted, replaced by a pipe or a device, or grew past the bound is a one-line reason, never a hang, an
 * out-of-memory error or a stack trace.
 */
public final class InputFiles {
    private InputFiles() {
    }

    /** Why a file could not be read, in words for a warning ("disappeared during the audit"). */
    public static final class Unreadable extends Exception {
        Unreadable(String reason) {
            super(reason, null, false, false);
        }
    }

    /** At most {@code maxBytes} bytes of {@code file}; larger files, pipes, devices and vanished files are refused. */
    public static byte[] read(Path file, int maxBytes) throws Unreadable {
        try {
            // links were checked by the scanner (inside the tree); what matters now is what the path is
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attrs.isRegularFile()) {
                throw new Unreadable("not a regular file any more");
            }
            if (attrs.size() > maxBytes) {
                throw new Unreadable("larger than " + size(maxBytes));
            }
            if (attrs.size() == 0) {
                return new byte[0]; // nothing to read (a file that grows meanwhile is read next time)
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes(maxBytes + 1);
                if (bytes.length > maxBytes) {
                    throw new Unreadable("larger than " + size(maxBytes));
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new Unreadable("disappeared during the audit");
        } catch (AccessDeniedException e) {
            throw new Unreadable("permission denied");
        } catch (IOException | SecurityException e) {
            throw new Unreadable("cannot read (" + (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null
                    ? fs.getReason() : e.getClass().getSimpleName()) + ")");
        }
    }

    /** The text of {@code file} as UTF-8 (malformed bytes replaced), bounded like {@link #read}. */
    public static String readString(Path file, int maxBytes) throws Unreadable {
        return new String(read(file, maxBytes), java.nio.charset.StandardCharsets.UTF_8);
    }

    static String size(int bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MiB" : (bytes >> 10) + " KiB";
    }
}
