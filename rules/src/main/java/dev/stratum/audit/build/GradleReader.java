package dev.stratum.audit.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    private static final Pattern BOOT_PLUGIN = Pattern.compile(
            "id\\s*\\(?\\s*[\"']org\\.springframework\\.boot[\"']\\s*\\)?\\s*version\\s*[\"']([^\"']+)[\"']");

    private static final Pattern PLUGIN_ID = Pattern.compile("^\\s*id\\s*(?:\\(\\s*)?[\"']([A-Za-z0-9_.-]{1,200})[\"']");

    private GradleReader() {
    }

    public static Dependencies read(Path file, String relative, Consumer<String> warnings) {
        String text;
        try {
            text = dev.stratum.audit.InputFiles.readString(file, 4 * 1024 * 1024);
        } catch (dev.stratum.audit.InputFiles.Unreadable e) {
            warnings.accept(relative + ": " + e.getMessage() + ", not read");
            return new Dependencies(List.of(), null);
        }
        List<Dependency> deps = new ArrayList<>();
        java.util.Set<String> plugins = new java.util.HashSet<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        String boot = null;
        for (int i = 0; i < lines.length; i++) {
            Matcher m = COORDINATE.matcher(lines[i]);
            Matcher map = MAP_STYLE.matcher(lines[i]);
            if (m.find()) {
                deps.add(new Dependency(m.group(2), m.group(3), scope(m.group(1)), relative, i + 1));
            } else if (map.find()) {
                deps.add(new Dependency(map.group(2), map.group(3), scope(map.group(1)), relative, i + 1));
            }
            Matcher plugin = BOOT_PLUGIN.matcher(lines[i]);
            if (plugin.find()) {
                boot = plugin.group(1);
            }
            Matcher id = PLUGIN_ID.matcher(lines[i]);
            if (id.find()) {
                plugins.add(id.group(1));
            }
        }
        return new Dependencies(deps, boot, plugins);
    }

    /** Gradle configurations mapped onto Maven scopes: only test* configurations are test-only. */
    private static String scope(String configuration) {
        return configuration.startsWith("test") ? "test" : configuration.equals("compileOnly") ? "provided" : "";
    }
}
