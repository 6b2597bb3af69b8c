package dev.stratum.audit.config;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * A committed {@code .env} file: the {@code NAME=value} pairs docker-compose (and many deploy scripts) hand to the
 * services as environment variables, so deployment configuration of the default profile. Read like a properties
 * file; a leading {@code export} is dropped and quotes around a value are the value's own business
 * ({@link dev.stratum.audit.security.Secrets#configSecret} strips them).
 */
final class DotEnv {
    private DotEnv() {
    }

    static boolean isDotEnv(Path file) {
        return file.getFileName().toString().equals(".env");
    }

    static List<ConfigProperty> read(Path file, String relative, Consumer<String> warnings) {
        return ConfigFileReader.text(file, relative, warnings).map(text -> ConfigFileReader.properties(
                text.replaceAll("(?m)^[ \\t]*export[ \\t]+", ""), relative, "", warnings)).orElse(List.of());
    }
}
