package dev.stratum.generate;

import dev.stratum.core.UsageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The files of one template, listed once when it is opened: every entry under the root, links not followed. A
 * symbolic link anywhere (template.yaml, {@code files/}, a feature directory, a file) and anything that is neither
 * a regular file nor a directory (a pipe would block the read forever, a device never end) is refused with one
 * line naming it. Reads check the attributes again without following links and stop at the size limit.
 */
final class TemplateFiles {
    /** More files than any real template has; a bound on the listing itself. */
    static final int MAX_FILES = 50_000;

    private final Path root;
    private final String label;
    private final Map<String, Entry> files;
    private final java.util.Set<String> directories;

    /** A regular file of the template; {@code name} is relative to the root, with '/'. */
    record Entry(String name, Path path) {
    }

    private TemplateFiles(Path root, String label, Map<String, Entry> files, java.util.Set<String> directories) {
        this.root = root;
        this.label = label;
        this.files = files;
        this.directories = directories;
    }

    /** Lists {@code root}; {@code label} names the template in errors ("template directory ./t"). */
    static TemplateFiles scan(Path root, String label) {
        Map<String, Entry> files = new TreeMap<>();
        java.util.Set<String> dirs = new java.util.TreeSet<>();
        try {
            Files.walkFileTree(root, java.util.Set.of(), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    dirs.add(name(root, dir));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = name(root, file);
                    if (attrs.isSymbolicLink()) {
                        throw new UsageException(label + ": " + name + " is a symbolic link; templates may hold only "
                                + "regular files and directories");
                    }
                    if (!attrs.isRegularFile()) {
                        throw new UsageException(label + ": " + name + " is not a regular file (a pipe, device or "
                                + "socket); templates may hold only regular files and directories");
                    }
                    if (files.size() >= MAX_FILES) {
                        throw new UsageException(label + ": more than " + MAX_FILES + " files");
                    }
                    files.put(name, new Entry(name, file));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    throw new UsageException(label + ": cannot read " + name(root, file) + ": " + reason(e));
                }
            });
        } catch (IOException e) {
            throw new UsageException(label + ": cannot read: " + reason(e), e);
        }
        return new TemplateFiles(root, label, files, dirs);
    }

    Path root() {
        return root;
    }

    Optional<Entry> find(String name) {
        return Optional.ofNullable(files.get(name));
    }

    boolean isDirectory(String name) {
        return directories.contains(name);
    }

    /** The regular files under directory {@code dir} (relative), sorted by name. */
    List<Entry> under(String dir) {
        String prefix = dir + "/";
        return files.values().stream().filter(e -> e.name().startsWith(prefix)).toList();
    }

    /** Reads a listed file: still a regular file (links not followed), at most {@code maxBytes}. */
    byte[] read(Entry entry, long maxBytes) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(entry.path(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attrs.isRegularFile()) {
                throw new UsageException(label + ": " + entry.name() + " is no longer a regular file");
            }
            if (attrs.size() > maxBytes) {
                throw tooLarge(entry, maxBytes);
            }
            OpenOption[] options = entry.path().getFileSystem() == FileSystems.getDefault()
                    ? new OpenOption[] {StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS}
                    : new OpenOption[] {StandardOpenOption.READ};
            try (InputStream in = Files.newInputStream(entry.path(), options)) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw tooLarge(entry, maxBytes);
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new UsageException(label + ": cannot read " + entry.name() + ": " + reason(e), e);
        }
    }

    private UsageException tooLarge(Entry entry, long maxBytes) {
        return new UsageException(label + ": " + entry.name() + " is larger than " + RenderLimits.mib(maxBytes)
                + " (the limit for one template or output file)");
    }

    private static String name(Path root, Path p) {
        String name = root.relativize(p).toString();
        // Only the platform's separator becomes '/'; on Linux a backslash is part of a name.
        return java.io.File.separatorChar == '/' ? name : name.replace(java.io.File.separatorChar, '/');
    }

    private static String reason(IOException e) {
        return e instanceof java.nio.file.FileSystemException fs ? dev.stratum.core.AtomicFiles.reason(fs)
                : String.valueOf(e.getMessage());
    }
}
