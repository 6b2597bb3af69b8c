package dev.stratum.core;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Resolves names that come from templates, archives or configs so they can never leave their root. */
public final class SafePaths {
    private SafePaths() {
    }

    /**
     * Resolves {@code relative} under {@code root}. Absolute names, {@code ..} that climbs out, and names the
     * file system cannot represent are refused with a {@link UsageException}.
     */
    public static Path resolveInside(Path root, String relative) {
        Path base = root.toAbsolutePath().normalize();
        if (relative == null || relative.isBlank() || relative.indexOf('\0') >= 0) {
            throw new UsageException("invalid path name '" + printable(relative) + "'");
        }
        try {
            Path candidate = Path.of(relative);
            if (candidate.isAbsolute() || relative.startsWith("/") || relative.startsWith("\\")) {
                throw new UsageException("path '" + printable(relative) + "' is absolute; only paths inside " + base + " are allowed");
            }
            Path resolved = base.resolve(candidate).normalize();
            if (!resolved.startsWith(base) || resolved.equals(base)) {
                throw new UsageException("path '" + printable(relative) + "' escapes " + base);
            }
            return resolved;
        } catch (InvalidPathException e) {
            throw new UsageException("invalid path name '" + printable(relative) + "'", e);
        }
    }

    private static String printable(String s) {
        return Printable.escape(s);
    }
}
