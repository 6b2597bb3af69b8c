package dev.stratum.check;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Guesses the source file of a compiled class: package + SourceFile attribute, under the module's
 * {@code src/main/java} (or {@code src/test/java}) when that file exists, relative to the base directory;
 * otherwise the package-relative path ({@code com/acme/Foo.java}), which SARIF viewers still match.
 */
public final class SourceLocator {
    private final ClassInputs inputs;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    SourceLocator(ClassInputs inputs) {
        this.inputs = inputs;
    }

    public java.nio.file.Path baseDir() {
        return inputs.baseDir();
    }

    public String fileOf(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        String fileName = c.getSource().flatMap(Source::getFileName).orElse(top.getSimpleName() + ".java");
        String pkgPath = c.getPackageName().isEmpty() ? "" : c.getPackageName().replace('.', '/') + "/";
        String packageRelative = pkgPath + fileName;
        Optional<String> root = c.getSource().map(s -> s.getUri().toString());
        String key = root.map(r -> rootOf(r)).orElse("") + "|" + packageRelative;
        return cache.computeIfAbsent(key, k -> locate(root.orElse(null), packageRelative));
    }

    private String rootOf(String uri) {
        for (Path dir : inputs.classDirs().keySet()) {
            if (uri.startsWith(dir.toUri().toString())) {
                return dir.toString();
            }
        }
        return "";
    }

    private String locate(String uri, String packageRelative) {
        if (uri == null) {
            return packageRelative;
        }
        for (Map.Entry<Path, Path> e : inputs.classDirs().entrySet()) {
            if (e.getValue() != null && uri.startsWith(e.getKey().toUri().toString())) {
                String srcDir = inputs.testDirs().contains(e.getKey()) ? "src/test/java" : "src/main/java";
                for (String dir : new String[] {srcDir, srcDir.replace("java", "kotlin")}) {
                    Path candidate = e.getValue().resolve(dir).resolve(packageRelative);
                    if (Files.isRegularFile(candidate)) {
                        return ClassImport.relative(inputs.baseDir(), candidate);
                    }
                }
            }
        }
        return packageRelative;
    }
}
