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

    private final Path root;
    private final TemplateFiles files;
    private final TemplateDescriptor descriptor;
    private final FileSystem ownedFileSystem;
    private final boolean builtIn;

    private TemplateSource(Path root, FileSystem ownedFileSystem, boolean builtIn) {
        this.root = root;
        this.ownedFileSystem = ownedFileSystem;
        this.builtIn = builtIn;
        String label = builtIn ? "built-in template " + root.getFileName() : "template directory " + root;
        this.files = TemplateFiles.scan(root, label);
        String source = builtIn ? label + "/" + DESCRIPTOR : root.resolve(DESCRIPTOR).toString();
        TemplateFiles.Entry entry = files.find(DESCRIPTOR)
                .orElseThrow(() -> new UsageException(label + " has no " + DESCRIPTOR));
        this.descriptor = parseDescriptor(new String(files.read(entry, SafeYaml.MAX_BYTES), StandardCharsets.UTF_8), source);
    }

    /** Opens a built-in template by id, or a directory when {@code ref} names one (contains a slash or exists). */
    public static TemplateSource open(String ref) {
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
        URL url = TemplateSource.class.getResource(BUILTIN);
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
                return new BuiltInRoot(fs.getPath(BUILTIN), fs);
            } catch (FileSystemAlreadyExistsException e) {
                return new BuiltInRoot(FileSystems.getFileSystem(uri).getPath(BUILTIN), null);
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
