package dev.stratum.check;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import dev.stratum.core.InputException;
import dev.stratum.finding.ProcessingWarning;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;

/**
 * Imports every input with one {@link ClassFileImporter} call. ArchUnit silently skips class files it cannot parse,
 * so afterwards every class file that did not become a class is reported as a warning naming the file; jars that
 * are not zip files are skipped with a warning before the import. Nothing readable at all is exit 3.
 */
public final class ClassImport {
    private ClassImport() {
    }

    /** The largest class files the JDK itself produces are a few MiB; anything bigger is not a class to analyse. */
    static final int MAX_CLASS_FILE_BYTES = 16 << 20;
    /** What all class files of one run may inflate to: beyond this a jar is a zip bomb, not a code base. */
    static final long MAX_TOTAL_CLASS_BYTES = 1L << 30;

    public static ImportedClasses of(ClassInputs inputs) {
        List<ProcessingWarning> warnings = new ArrayList<>();
        Oversized oversized = new Oversized();
        List<Location> locations = new ArrayList<>();
        Map<String, String> expected = new LinkedHashMap<>(); // class name -> file shown in a warning
        for (Path dir : inputs.classDirs().keySet()) {
            locations.add(Location.of(dir));
            expectFromDirectory(dir, inputs.baseDir(), expected, warnings, oversized);
        }
        for (Path jar : inputs.jars()) {
            try (JarFile file = new JarFile(jar.toFile())) {
                expectFromJar(file, jar, relative(inputs.baseDir(), jar), expected, warnings, oversized);
                locations.add(Location.of(file));
            } catch (ZipException e) {
                warnings.add(new ProcessingWarning(relative(inputs.baseDir(), jar), "not a readable jar (" + e.getMessage() + "), skipped"));
            } catch (IOException e) {
                warnings.add(new ProcessingWarning(relative(inputs.baseDir(), jar), "cannot read jar (" + e.getClass().getSimpleName() + "), skipped"));
            }
        }
        if (expected.isEmpty()) {
            String what = inputs.classDirs().isEmpty() && inputs.jars().isEmpty()
                    ? "no compiled classes found under " + inputs.baseDir()
                    : "no readable class files in " + describe(inputs);
            throw new InputException(what + " (run mvn compile first)");
        }
        JavaClasses all = new ClassFileImporter().withImportOption(oversized::allows).importLocations(locations);
        expected.forEach((name, file) -> {
            if (!all.contain(name)) {
                warnings.add(new ProcessingWarning(file, "could not be read as a class file, skipped"));
            }
        });
        if (all.isEmpty()) {
            throw new InputException("none of the " + expected.size() + " class files in " + describe(inputs)
                    + " could be read (corrupt or truncated?)");
        }
        List<String> testRoots = inputs.testDirs().stream().map(p -> p.toUri().toString()).toList();
        DescribedPredicate<JavaClass> isTest = DescribedPredicate.describe("test classes",
                c -> c.getSource().map(s -> startsWithAny(s.getUri(), testRoots)).orElse(false));
        return new ImportedClasses(all.that(DescribedPredicate.not(isTest)), all.that(isTest), warnings,
                new SourceLocator(inputs));
    }

    private static boolean startsWithAny(URI uri, List<String> roots) {
        String s = uri.toString();
        return roots.stream().anyMatch(s::startsWith);
    }

    private static void expectFromDirectory(Path dir, Path base, Map<String, String> expected,
                                            List<ProcessingWarning> warnings, Oversized oversized) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(f -> f.getFileName().toString().endsWith(".class")).forEach(f -> {
                if (!Files.isRegularFile(f)) {
                    if (!Files.isDirectory(f)) {
                        warnings.add(new ProcessingWarning(relative(base, f), "not a regular file, skipped"));
                    }
                    return;
                }
                String rel = dir.relativize(f).toString().replace('\\', '/');
                if (!rel.endsWith("module-info.class") && !rel.startsWith("META-INF/")) {
                    long size = size(f);
                    if (size > MAX_CLASS_FILE_BYTES) {
                        oversized.files.add(f.toAbsolutePath().normalize());
                        warnings.add(new ProcessingWarning(relative(base, f), "larger than " + (MAX_CLASS_FILE_BYTES >> 20)
                                + " MiB, not a class file to analyse, skipped"));
                        return;
                    }
                    oversized.count(size, relative(base, dir));
                    expected.put(className(rel), relative(base, f));
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            warnings.add(new ProcessingWarning(relative(base, dir), "cannot list class directory, skipped"));
        }
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0; // unreadable: the import reports it
        }
    }

    /**
     * Every class entry is inflated once, at most {@link #MAX_CLASS_FILE_BYTES} + 1 bytes of it, before ArchUnit
     * reads the jar: entry sizes in a zip are claims, and ArchUnit would read a 3 GiB "class" whole into memory.
     */
    private static void expectFromJar(JarFile jar, Path jarPath, String shown, Map<String, String> expected,
                                      List<ProcessingWarning> warnings, Oversized oversized) throws IOException {
        Enumeration<java.util.jar.JarEntry> entries = jar.entries();
        byte[] buffer = new byte[64 * 1024];
        while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            String name = e.getName();
            if (!name.endsWith(".class") || e.isDirectory() || name.endsWith("module-info.class")
                    || name.startsWith("META-INF/")) {
                continue;
            }
            long inflated = 0;
            try (InputStream in = jar.getInputStream(e)) {
                for (int n; inflated <= MAX_CLASS_FILE_BYTES && (n = in.read(buffer)) > 0; ) {
                    inflated += n;
                }
            } catch (IOException | RuntimeException broken) {
                inflated = 0; // a corrupt entry: ArchUnit skips it and the warning below names it
            }
            if (inflated > MAX_CLASS_FILE_BYTES) {
                oversized.entries.add(jarPath.toAbsolutePath().normalize() + "!/" + name);
                warnings.add(new ProcessingWarning(shown + "!/" + name, "inflates to more than "
                        + (MAX_CLASS_FILE_BYTES >> 20) + " MiB (a zip bomb?), skipped"));
                continue;
            }
            oversized.count(inflated, shown);
            expected.put(className(name), shown + "!/" + name);
        }
    }

    /** Class files left out of the import, and the running total of what the others inflate to. */
    private static final class Oversized {
        final java.util.Set<Path> files = new java.util.HashSet<>();
        final java.util.Set<String> entries = new java.util.HashSet<>();
        long total;

        void count(long bytes, String where) {
            total += bytes;
            if (total > MAX_TOTAL_CLASS_BYTES) {
                throw new InputException(where + ": the class files to import inflate to more than "
                        + (MAX_TOTAL_CLASS_BYTES >> 30) + " GiB (a zip bomb?); refusing to import them");
            }
        }

        boolean allows(Location location) {
            String uri = location.asURI().toString();
            int bang = uri.indexOf("!/");
            try {
                if (bang < 0) {
                    if (!uri.startsWith("file:")) {
                        return true;
                    }
                    // a FIFO or a link to /dev/zero named X.class would block or never end: regular files only
                    Path file = Path.of(location.asURI()).toAbsolutePath().normalize();
                    return Files.isRegularFile(file) && !files.contains(file);
                }
                if (entries.isEmpty()) {
                    return true;
                }
                Path jar = Path.of(URI.create(uri.substring("jar:".length(), bang))).toAbsolutePath().normalize();
                String entry = uri.substring(bang + 2);
                return !entries.contains(jar + "!/" + entry)
                        && !entries.contains(jar + "!/" + java.net.URLDecoder.decode(entry, java.nio.charset.StandardCharsets.UTF_8));
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                return true;
            }
        }
    }

    private static String className(String relativeClassFile) {
        return relativeClassFile.substring(0, relativeClassFile.length() - ".class".length()).replace('/', '.');
    }

    static String relative(Path base, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (abs.equals(base)) {
            return base.toString(); // the project itself is the class directory: name it, not ""
        }
        return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
    }

    private static String describe(ClassInputs inputs) {
        List<String> names = new ArrayList<>();
        inputs.classDirs().keySet().forEach(d -> names.add(relative(inputs.baseDir(), d)));
        inputs.jars().forEach(j -> names.add(relative(inputs.baseDir(), j)));
        return names.size() <= 3 ? String.join(", ", names) : names.size() + " locations";
    }
}
