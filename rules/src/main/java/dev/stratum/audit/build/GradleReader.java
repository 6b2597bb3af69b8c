package dev.stratum.audit.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads dependency declarations of build.gradle(.kts) as text; the build script is never evaluated. */
public final class GradleReader {
    private static final Pattern COORDINATE = Pattern.compile(
            "^\\s*(\\w+)\\s*\\(?\\s*(?:platform\\s*\\(\\s*)?[\"']([^:\"'\\s]+):([^:\"'\\s]+)(?::([^\"'\\s]*))?[\"']");
    private static final Pattern MAP_STYLE = Pattern.compile(
            "^\\s*(\\w+)\\s*\\(?\\s*group\\s*[:=]\\s*[\"']([^\"']+)[\"']\\s*,\\s*name\\s*[:=]\\s*[\"']([^\"']+)[\"']");
    /** {@code implementation project(':core')}, {@code api(project(":core"))}, {@code project(path: ':core')}. */
    private static final Pattern PROJECT = Pattern.compile(
            "^\\s*(\\w+)\\s*\\(?\\s*project\\s*\\(\\s*(?:path\\s*[:=]\\s*)?[\"']([^\"']+)[\"']");
    private static final Pattern BOOT_PLUGIN = Pattern.compile(
            "id\\s*\\(?\\s*[\"']org\\.springframework\\.boot[\"']\\s*\\)?\\s*version\\s*[\"']([^\"']+)[\"']");
    private static final Pattern BOOT_APPLIED = Pattern.compile(
            "(?:id\\s*\\(?\\s*[\"']org\\.springframework\\.boot[\"']\\s*\\)?|apply\\s*\\(?\\s*plugin\\s*[:=]\\s*[\"']org\\.springframework\\.boot[\"'])(.*)");
    private static final Pattern SHARED_BLOCK = Pattern.compile("^\\s*(subprojects|allprojects)\\s*\\{");

    private static final Pattern PLUGIN_ID = Pattern.compile("^\\s*id\\s*(?:\\(\\s*)?[\"']([A-Za-z0-9_.-]{1,200})[\"']");

    private GradleReader() {
    }

    public static Dependencies read(Path file, String relative, Consumer<String> warnings) {
        return module(file, relative, warnings).dependencies();
    }

    /**
     * The build script as a module: its dependencies, the projects it depends on ({@code project(':x')}, by their
     * last path segment), whether it applies the Boot plugin (not {@code apply false}), and the dependencies declared
     * inside {@code subprojects}/{@code allprojects} blocks (counted by braces, strings and comments not parsed).
     */
    public static BuildModule module(Path file, String relative, Consumer<String> warnings) {
        String text;
        try {
            text = dev.stratum.audit.InputFiles.readString(file, 4 * 1024 * 1024);
        } catch (dev.stratum.audit.InputFiles.Unreadable e) {
            warnings.accept(relative + ": " + e.getMessage() + ", not read");
            return new BuildModule(BuildModule.dirOf(relative), relative, 1, name(relative), null,
                    new Dependencies(List.of(), null), List.of(), false, false, List.of());
        }
        List<Dependency> deps = new ArrayList<>();
        List<Dependency> shared = new ArrayList<>();
        List<String> projects = new ArrayList<>();
        java.util.Set<String> plugins = new java.util.HashSet<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        String boot = null;
        boolean bootApplied = false;
        int depth = 0;
        int sharedDepth = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (sharedDepth < 0 && SHARED_BLOCK.matcher(line).find()) {
                sharedDepth = depth;
            }
            Matcher m = COORDINATE.matcher(line);
            Matcher map = MAP_STYLE.matcher(line);
            Matcher project = PROJECT.matcher(line);
            Dependency d = null;
            if (project.find()) {
                if (!scope(project.group(1)).equals("test")) {
                    String path = project.group(2);
                    projects.add(path.substring(path.lastIndexOf(':') + 1));
                }
            } else if (m.find()) {
                d = new Dependency(m.group(2), m.group(3), scope(m.group(1)), relative, i + 1);
            } else if (map.find()) {
                d = new Dependency(map.group(2), map.group(3), scope(map.group(1)), relative, i + 1);
            }
            if (d != null) {
                deps.add(d);
                if (sharedDepth >= 0) {
                    shared.add(d);
                }
            }
            Matcher plugin = BOOT_PLUGIN.matcher(line);
            if (plugin.find()) {
                boot = plugin.group(1);
            }
            Matcher applied = BOOT_APPLIED.matcher(line);
            if (applied.find() && !applied.group(1).matches(".*\\bapply\\s*\\(?\\s*false.*") && sharedDepth < 0) {
                bootApplied = true;
            }
            Matcher id = PLUGIN_ID.matcher(line);
            if (id.find()) {
                plugins.add(id.group(1));
            }
            for (char c : line.toCharArray()) {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            }
            if (sharedDepth >= 0 && depth <= sharedDepth) {
                sharedDepth = -1;
            }
        }
        return new BuildModule(BuildModule.dirOf(relative), relative, BuildModule.dependencyBlockLine(lines),
                name(relative), null, new Dependencies(deps, boot, plugins), projects, bootApplied, false, shared);
    }

    /** A Gradle project is named by its directory (settings.gradle's {@code projectDir} remapping is not read). */
    private static String name(String relative) {
        String dir = BuildModule.dirOf(relative);
        return dir.substring(dir.lastIndexOf('/') + 1);
    }

    /** Gradle configurations mapped onto Maven scopes: only test* configurations are test-only. */
    private static String scope(String configuration) {
        return configuration.startsWith("test") ? "test" : configuration.equals("compileOnly") ? "provided" : "";
    }
}
