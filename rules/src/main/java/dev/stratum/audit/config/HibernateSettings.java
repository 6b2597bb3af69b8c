package dev.stratum.audit.config;

import dev.stratum.audit.ResourceFile;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Native Hibernate and JPA settings: {@code <property name=".." value=".."/>} of persistence.xml or
 * hibernate.cfg.xml, and hibernate.properties. They apply whatever the profile, so they join the default profile.
 */
final class HibernateSettings {
    /** One attribute pair of a property element, either order; bounded, so a hostile file costs linear time. */
    private static final Pattern NAME_VALUE = Pattern.compile(
            "<property\\s+name\\s*=\\s*\"([^\"<>]{1,256})\"\\s+value\\s*=\\s*\"([^\"<>]{0,4096})\"");
    private static final Pattern VALUE_NAME = Pattern.compile(
            "<property\\s+value\\s*=\\s*\"([^\"<>]{0,4096})\"\\s+name\\s*=\\s*\"([^\"<>]{1,256})\"");
    /** hibernate.cfg.xml writes the value as the element's text. */
    private static final Pattern NAME_TEXT = Pattern.compile(
            "<property\\s+name\\s*=\\s*\"([^\"<>]{1,256})\"\\s*>([^<]{0,4096})<");

    private HibernateSettings() {
    }

    static List<ConfigProperty> read(ResourceFile file, Consumer<String> warnings) {
        if (file.path().endsWith(".properties")) {
            Properties props = new Properties();
            try {
                props.load(new StringReader(file.text()));
            } catch (IOException | IllegalArgumentException e) {
                warnings.accept(file.path() + ": malformed properties file, skipped");
                return List.of();
            }
            var lines = ConfigFileReader.propertyLines(file.text().split("\r\n|\r|\n", -1));
            List<ConfigProperty> out = new ArrayList<>();
            for (String key : props.stringPropertyNames()) {
                out.add(new ConfigProperty(key, props.getProperty(key), file.path(), lines.getOrDefault(key, 0), ""));
            }
            out.sort((a, b) -> Integer.compare(a.line(), b.line()));
            return out;
        }
        List<ConfigProperty> out = new ArrayList<>();
        Matcher m = NAME_VALUE.matcher(file.text());
        while (m.find()) {
            out.add(new ConfigProperty(m.group(1), m.group(2), file.path(), line(file.text(), m.start()), ""));
        }
        m = NAME_TEXT.matcher(file.text());
        while (m.find()) {
            out.add(new ConfigProperty(m.group(1), m.group(2).strip(), file.path(), line(file.text(), m.start()), ""));
        }
        m = VALUE_NAME.matcher(file.text());
        while (m.find()) {
            out.add(new ConfigProperty(m.group(2), m.group(1), file.path(), line(file.text(), m.start()), ""));
        }
        out.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return out;
    }

    /** 1-based line of an offset; settings files are small (bounded by ResourceFiles.MAX_BYTES) and have few properties. */
    private static int line(String text, int offset) {
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
            line++;
        }
        return line;
    }
}
