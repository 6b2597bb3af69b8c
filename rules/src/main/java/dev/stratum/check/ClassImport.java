package dev.stratum.check;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import dev.stratum.core.InputException;
import dev.stratum.finding.ProcessingWarning;
import java.io.IOException;
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

    public static ImportedClasses of(ClassInputs inputs) {
        List<ProcessingWarning> warnings = new ArrayList<>();
        List<Location> locations = new ArrayList<>();
        Map<String, String> expected = new LinkedHashMap<>(); // class name -> file shown in a warning
        for (Path dir : inputs.classDirs().keySet()) {
            locations.add(Location.of(dir));
            expectFromDirectory(dir, inputs.baseDir(), expected, warnings);
        }
        for (Path jar : inputs.jars()) {
            try (JarFile file = new JarFile(jar.toFile())) {
                expectFromJar(file, relative(inputs.baseDir(), jar), expected);
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
        JavaClasses all = new ClassFileImporter().importLocations(locations);
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
                                            List<ProcessingWarning> warnings) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(f -> f.getFileName().toString().endsWith(".class") && Files.isRegularFile(f)).forEach(f -> {
                String rel = dir.relativize(f).toString().replace('\\', '/');
                if (!rel.endsWith("module-info.class") && !rel.startsWith("META-INF/")) {
                    expected.put(className(rel), relative(base, f));
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            warnings.add(new ProcessingWarning(relative(base, dir), "cannot list class directory, skipped"));
        }
    }

    private static void expectFromJar(JarFile jar, String shown, Map<String, String> expected) {
        Enumeration<java.util.jar.JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            String name = e.getName();
            if (!name.endsWith(".class") || e.isDirectory() || name.endsWith("module-info.class")
                    || name.startsWith("META-INF/")) {
                continue;
            }
            expected.put(className(name), shown + "!/" + name);
        }
    }

    private static String className(String relativeClassFile) {
        return relativeClassFile.substring(0, relativeClassFile.length() - ".class".length()).replace('/', '.');
    }

    static String relative(Path base, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
    }

    private static String describe(ClassInputs inputs) {
        List<String> names = new ArrayList<>();
        inputs.classDirs().keySet().forEach(d -> names.add(relative(inputs.baseDir(), d)));
        inputs.jars().forEach(j -> names.add(relative(inputs.baseDir(), j)));
        return names.size() <= 3 ? String.join(", ", names) : names.size() + " locations";
    }
}
