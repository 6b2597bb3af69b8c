package dev.stratum.generate;

import dev.stratum.core.SafeYaml;
import dev.stratum.core.UsageException;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where a template's files come from: a built-in template inside Stratum's jar (or classes directory), or a user
 * directory holding {@code template.yaml}. Both are read through {@link Path}, so one renderer serves both.
 */
public final class TemplateSource implements Closeable {
    static final String DESCRIPTOR = "template.yaml";
    private static final String BUILTIN = "/dev/stratum/templates/builtin/";
    /** Earlier released versions of built-in templates, frozen: {@code archive/<id>/<version>/}. */
    private static final String ARCHIVE = "/dev/stratum/templates/archive/";

    private final Path root;
    private final TemplateFiles files;
    private final TemplateDescriptor descriptor;
    private final FileSystem ownedFileSystem;
    private final boolean builtIn;

    private TemplateSource(Path root, FileSystem ownedFileSystem, boolean builtIn) {
        this(root, ownedFileSystem, builtIn, builtIn ? "built-in template " + root.getFileName() : "template directory " + root);
    }

    private TemplateSource(Path root, FileSystem ownedFileSystem, boolean builtIn, String label) {
        this.root = root;
        this.ownedFileSystem = ownedFileSystem;
        this.builtIn = builtIn;
        this.files = TemplateFiles.scan(root, label);
        String source = builtIn ? label + "/" + DESCRIPTOR : root.resolve(DESCRIPTOR).toString();
        TemplateFiles.Entry entry = files.find(DESCRIPTOR)
                .orElseThrow(() -> new UsageException(label + " has no " + DESCRIPTOR));
        this.descriptor = parseDescriptor(new String(files.read(entry, SafeYaml.MAX_BYTES), StandardCharsets.UTF_8), source);
    }

    /**
     * Opens a built-in template by id ({@code id@version} for an earlier released version), or a directory when
     * {@code ref} names one (contains a slash or exists).
     */
    public static TemplateSource open(String ref) {
        int at = ref.indexOf('@');
        if (at > 0 && !ref.contains("/") && !ref.contains("\\")) {
            return openBuiltIn(ref.substring(0, at), ref.substring(at + 1));
        }
        Path dir = Path.of(ref);
        if (ref.contains("/") || ref.contains("\\") || ref.startsWith(".") || Files.isDirectory(dir)) {
            if (!Files.isDirectory(dir)) {
                throw new UsageException("template directory " + ref + " does not exist");
            }
            if (!Files.exists(dir.resolve(DESCRIPTOR), LinkOption.NOFOLLOW_LINKS)) {
                throw new UsageException("template directory " + ref + " has no " + DESCRIPTOR);
            }
            try {
                // The directory the user named may be reached through a link; inside it, links are refused.
                return new TemplateSource(dir.toRealPath(), null, false);
            } catch (IOException e) {
                throw new UsageException("template directory " + ref + ": cannot read", e);
            }
        }
        return openBuiltIn(ref);
    }

    /** The descriptors of all built-in templates, sorted by id. */
    public static List<TemplateDescriptor> builtIns() {
        BuiltInRoot b = builtInRoot();
        if (!Files.isDirectory(b.path)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(b.path)) {
            List<TemplateDescriptor> out = new ArrayList<>();
            for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
                out.add(readDescriptor(d.resolve(DESCRIPTOR), "built-in template " + d.getFileName()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            b.close();
        }
    }

    /**
     * Opens built-in template {@code id} at {@code version}: the current one when its version matches, else the
     * archived release; an unknown id or version is a usage error.
     */
    public static TemplateSource openBuiltIn(String id, String version) {
        TemplateSource current = openBuiltIn(id);
        if (current.descriptor().version().equals(version)) {
            return current;
        }
        current.close();
        BuiltInRoot b = resourceRoot(ARCHIVE);
        Path dir = b.path.resolve(id).resolve(version);
        if (!version.matches("[0-9A-Za-z][0-9A-Za-z.+-]*") || !Files.isRegularFile(dir.resolve(DESCRIPTOR))) {
            b.close();
            throw new UsageException("unknown template version '" + version + "' of built-in template '" + id
                    + "' (this Stratum has " + String.join(", ", versions(id)) + ")");
        }
        TemplateSource archived = new TemplateSource(dir, b.owned, true, "built-in template " + id + " " + version);
        if (!archived.descriptor().version().equals(version) || !archived.descriptor().id().equals(id)) {
            archived.close();
            throw new IllegalStateException("archived template " + id + "/" + version + " declares another id or version");
        }
        return archived;
    }

    /** The versions of built-in template {@code id} this Stratum can render, oldest first, the current one last. */
    public static List<String> versions(String id) {
        List<String> out = new ArrayList<>();
        BuiltInRoot b = resourceRoot(ARCHIVE);
        try (Stream<Path> dirs = Files.isDirectory(b.path.resolve(id)) ? Files.list(b.path.resolve(id)) : Stream.empty()) {
            dirs.filter(d -> Files.isRegularFile(d.resolve(DESCRIPTOR)))
                    .map(d -> d.getFileName().toString().replace("/", ""))
                    .sorted(TemplateSource::compareVersions)
                    .forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            b.close();
        }
        try (TemplateSource current = openBuiltIn(id)) {
            out.remove(current.descriptor().version());
            out.add(current.descriptor().version());
        }
        return out;
    }

    /** Dotted versions compared number by number (1.10.0 after 1.9.0); other parts as text. */
    public static int compareVersions(String a, String b) {
        String[] x = a.split("[.+-]");
        String[] y = b.split("[.+-]");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d{1,9}") && y[i].matches("\\d{1,9}")
                    ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static TemplateSource openBuiltIn(String id) {
        BuiltInRoot b = builtInRoot();
        Path dir = b.path.resolve(id.replace('/', '_'));
        if (!id.matches("[a-z0-9-]+") || !Files.isRegularFile(dir.resolve(DESCRIPTOR))) {
            b.close();
            throw new UsageException("unknown template '" + id + "' (built-in: "
                    + String.join(", ", builtIns().stream().map(TemplateDescriptor::id).toList())
                    + "; or give a directory containing " + DESCRIPTOR + ")");
        }
        return new TemplateSource(dir, b.owned, true);
    }

    private record BuiltInRoot(Path path, FileSystem owned) {
        void close() {
            closeQuietly(owned);
        }
    }

    private static BuiltInRoot builtInRoot() {
        return resourceRoot(BUILTIN);
    }

    private static BuiltInRoot resourceRoot(String resource) {
        URL url = TemplateSource.class.getResource(resource);
        if (url == null) {
            // Only in a build without resources; behaves as "no built-in templates".
            return new BuiltInRoot(Path.of("/nonexistent/stratum-builtin"), null);
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return new BuiltInRoot(Path.of(uri), null);
            }
            try {
                FileSystem fs = FileSystems.newFileSystem(uri, Map.of());
                return new BuiltInRoot(fs.getPath(resource), fs);
            } catch (FileSystemAlreadyExistsException e) {
                return new BuiltInRoot(FileSystems.getFileSystem(uri).getPath(resource), null);
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open built-in templates at " + url, e);
        }
    }

    private static TemplateDescriptor readDescriptor(Path file, String source) {
        try {
            return parseDescriptor(Files.readString(file, StandardCharsets.UTF_8), source);
        } catch (IOException e) {
            throw new UsageException(source + ": cannot read", e);
        }
    }

    private static TemplateDescriptor parseDescriptor(String yaml, String source) {
        TemplateDescriptor d = SafeYaml.read(yaml, source, TemplateDescriptor.class);
        d.validate(source);
        return d;
    }

    public Path root() {
        return root;
    }

    TemplateFiles files() {
        return files;
    }

    public TemplateDescriptor descriptor() {
        return descriptor;
    }

    public boolean builtIn() {
        return builtIn;
    }

    @Override
    public void close() {
        closeQuietly(ownedFileSystem);
    }

    private static void closeQuietly(FileSystem fs) {
        if (fs != null) {
            try {
                fs.close();
            } catch (IOException ignored) {
                // Read-only zip file system: nothing to lose.
            }
        }
    }
}
