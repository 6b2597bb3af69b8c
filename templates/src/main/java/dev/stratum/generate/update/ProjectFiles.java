package dev.stratum.generate.update;

import dev.stratum.core.InputException;
import dev.stratum.core.SafePaths;
import dev.stratum.core.UsageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The project's files on disk, addressed by the template's relative names. Nothing is read or written through a
 * symbolic link: a link anywhere on the way from the project root to a file the template names is refused, so an
 * update can never reach outside the project.
 */
final class ProjectFiles {
    /** Larger than any file a template renders (RenderLimits); a bigger file is not the generated one. */
    static final int MAX_BYTES = 16 << 20;

    private final Path root;

    ProjectFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /** The path of {@code relative} under the root, after checking that no part of it is a link. */
    Path resolve(String relative) {
        Path target = SafePaths.resolveInside(root, relative);
        Path at = root;
        for (Path part : root.relativize(target)) {
            at = at.resolve(part);
            if (Files.isSymbolicLink(at)) {
                throw new UsageException(at + " is a symbolic link: Stratum never reads or writes through links in a project");
            }
        }
        return target;
    }

    /** The content of {@code relative}, or null when there is no such file. */
    byte[] read(String relative) {
        Path file = resolve(relative);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new UsageException(file + " is not a regular file, but the template has a file there");
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new UsageException(file + ": larger than " + (MAX_BYTES >> 20) + " MiB, not a file the template generated");
            }
            return bytes;
        } catch (IOException e) {
            throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
