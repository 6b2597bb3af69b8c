package dev.stratum.audit.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The files a Spring Cloud Config server of the tree serves from its native {@code search-locations}
 * ({@code classpath:/shared}, {@code file:./config-repo}): {@code <service>[-<profile>].yml|properties} is the
 * configuration of the service whose {@code spring.application.name} (or module directory) is {@code <service>},
 * and overrides that service's own files, as the remote source does at run time. {@code application*} files there
 * are read already as the server's own configuration; a file naming no known service becomes a set of its own.
 */
final class ServedConfig {
    private static final String SEARCH_LOCATIONS = ConfigProperty.canonical("spring.cloud.config.server.native.search-locations");
    private static final String APPLICATION_NAME = ConfigProperty.canonical("spring.application.name");

    private ServedConfig() {
    }

    /** One served file and the module key and profile its properties belong to. */
    record Served(Path file, String module, String profile) {
    }

    /**
     * @param byModule properties loaded so far per module key
     * @param moduleDir the directory of a module key
     * @param loadable every properties and YAML file of the tree
     */
    static List<Served> find(Map<String, List<ConfigProperty>> byModule, Function<String, Path> moduleDir,
                             List<Path> loadable, Function<Path, String> relative) {
        List<Served> out = new ArrayList<>();
        for (Map.Entry<String, List<ConfigProperty>> module : byModule.entrySet()) {
            for (ConfigProperty p : module.getValue()) {
                if (!p.canonicalKey().equals(SEARCH_LOCATIONS)) {
                    continue;
                }
                for (String location : p.value().split(",")) {
                    directory(location, moduleDir.apply(module.getKey()), loadable, relative).stream()
                            .filter(file -> !ConfigFileReader.isConfigFile(file.getFileName().toString()))
                            .forEach(file -> out.add(owner(file, byModule, relative)));
                }
            }
        }
        return out;
    }

    /** The files directly inside a classpath: or file: search location of the server's module. */
    private static List<Path> directory(String location, Path serverDir, List<Path> loadable, Function<Path, String> relative) {
        String l = location.strip().replaceFirst("^optional:", "");
        if (l.contains("{") || l.contains("$")) {
            return List.of(); // {application}/{profile} patterns and placeholders: not one directory
        }
        String lower = l.toLowerCase(Locale.ROOT);
        List<Path> out = new ArrayList<>();
        if (lower.startsWith("classpath:")) {
            String dir = l.substring("classpath:".length()).replaceAll("^/+|/+$", "");
            for (Path f : loadable) {
                String rel = "/" + relative.apply(f);
                int at = rel.lastIndexOf("/resources/" + dir + "/");
                if (!dir.isEmpty() && f.startsWith(serverDir) && at >= 0
                        && rel.indexOf('/', at + "/resources/".length() + dir.length() + 1) < 0) {
                    out.add(f);
                }
            }
        } else if (lower.startsWith("file:")) {
            Path dir = serverDir.resolve(l.substring("file:".length())).normalize();
            loadable.stream().filter(f -> dir.equals(f.getParent())).forEach(out::add);
        }
        return out;
    }

    private static Served owner(Path file, Map<String, List<ConfigProperty>> byModule,
                                Function<Path, String> relative) {
        String base = file.getFileName().toString().replaceFirst("\\.(ya?ml|properties)$", "");
        String bestModule = null;
        String bestName = "";
        for (Map.Entry<String, List<ConfigProperty>> module : byModule.entrySet()) {
            List<String> names = new ArrayList<>();
            names.add(module.getKey().substring(module.getKey().lastIndexOf('/') + 1));
            module.getValue().stream().filter(p -> p.canonicalKey().equals(APPLICATION_NAME))
                    .forEach(p -> names.add(p.value().strip()));
            for (String name : names) {
                if (!name.isEmpty() && name.length() > bestName.length()
                        && (base.equals(name) || base.startsWith(name + "-"))) {
                    bestModule = module.getKey();
                    bestName = name;
                }
            }
        }
        if (bestModule == null) {
            return new Served(file, relative.apply(file), "");
        }
        return new Served(file, bestModule, base.length() > bestName.length() ? base.substring(bestName.length() + 1) : "");
    }
}
