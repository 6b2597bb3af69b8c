package dev.stratum.audit.config;

import dev.stratum.audit.ResourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Loads every property source of each module, lowest precedence first: a committed {@code .env} beside a build
 * file ({@link DotEnv}), {@code @PropertySource} files, bootstrap files, application files (each followed by what
 * its {@code spring.config.import} loads, which overrides it), the files a config server of the tree serves to the
 * module ({@link ServedConfig}), and native Hibernate settings. Only files inside the audited tree are read; a location that names anything else
 * (a config server, a directory, a placeholder) is left out.
 */
public final class ConfigSources {
    private static final int MAX_IMPORT_DEPTH = 4;

    private final Path root;
    private final Function<Path, String> relative;
    private final Set<Path> moduleDirs;
    private final List<Path> loadable;
    private final Consumer<String> warnings;

    public ConfigSources(Path root, Function<Path, String> relative, Set<Path> moduleDirs, List<Path> configFiles,
                         List<Path> propertyFiles, Consumer<String> warnings) {
        this.root = root;
        this.relative = relative;
        this.moduleDirs = moduleDirs;
        this.loadable = new ArrayList<>(configFiles);
        this.loadable.addAll(propertyFiles);
        this.warnings = warnings;
    }

    /**
     * @param configFiles application and bootstrap files
     * @param propertySources {@code @PropertySource} locations per Java file (relative paths)
     * @param hibernate persistence.xml, hibernate.cfg.xml and hibernate.properties files
     */
    public List<ConfigSet> load(List<Path> configFiles, Map<String, List<String>> propertySources,
                                List<ResourceFile> hibernate) {
        Map<String, List<ConfigProperty>> byModule = new TreeMap<>();
        for (Path env : loadable) {
            if (DotEnv.isDotEnv(env) && (env.getParent().equals(root) || moduleDirs.contains(env.getParent()))) {
                byModule.computeIfAbsent(moduleKey(env), k -> new ArrayList<>())
                        .addAll(DotEnv.read(env, relative.apply(env), warnings));
            }
        }
        propertySources.forEach((javaFile, locations) -> {
            Path from = root.resolve(javaFile);
            for (String location : locations) {
                resolve(location, from.getParent(), module(from)).ifPresent(f ->
                        byModule.computeIfAbsent(moduleKey(f), k -> new ArrayList<>())
                                .addAll(ConfigFileReader.readLoaded(f, relative.apply(f), "", warnings)));
            }
        });
        List<Path> ordered = new ArrayList<>(configFiles);
        // bootstrap first (lowest priority), then application files
        ordered.sort(Comparator.comparing((Path p) -> !p.getFileName().toString().startsWith("bootstrap"))
                .thenComparing(Path::toString));
        Set<Path> loaded = new HashSet<>(ordered);
        for (Path c : ordered) {
            List<ConfigProperty> target = byModule.computeIfAbsent(moduleKey(c), k -> new ArrayList<>());
            withImports(c, ConfigFileReader.read(c, relative.apply(c), warnings), target, loaded, 0);
        }
        for (ServedConfig.Served served : ServedConfig.find(byModule, root::resolve, loadable, relative)) {
            byModule.computeIfAbsent(served.module(), k -> new ArrayList<>()).addAll(ConfigFileReader.readLoaded(
                    served.file(), relative.apply(served.file()), served.profile(), warnings));
        }
        for (ResourceFile h : hibernate) {
            Path file = root.resolve(h.path());
            byModule.computeIfAbsent(moduleKey(file), k -> new ArrayList<>()).addAll(HibernateSettings.read(h, warnings));
        }
        List<ConfigSet> sets = new ArrayList<>();
        byModule.forEach((module, props) -> sets.add(new ConfigSet(module, props)));
        return sets;
    }

    private void withImports(Path file, List<ConfigProperty> props, List<ConfigProperty> target, Set<Path> loaded,
                             int depth) {
        target.addAll(props);
        if (depth >= MAX_IMPORT_DEPTH) {
            return;
        }
        for (ConfigProperty p : props) {
            if (!p.canonicalKey().equals("spring.config.import")) {
                continue;
            }
            for (String location : p.value().split(",")) {
                Optional<Path> imported = resolve(location, file.getParent(), module(file));
                if (imported.isPresent() && loaded.add(imported.get())) {
                    withImports(imported.get(), ConfigFileReader.readLoaded(imported.get(), relative.apply(imported.get()),
                            p.profile(), warnings), target, loaded, depth + 1);
                }
            }
        }
    }

    /** A classpath:, file: or relative location of a properties or YAML file inside the tree, if there is one. */
    Optional<Path> resolve(String location, Path fromDir, Path moduleDir) {
        String l = location.strip();
        if (l.startsWith("optional:")) {
            l = l.substring("optional:".length());
        }
        String lower = l.toLowerCase(Locale.ROOT);
        if (l.contains("${") || l.endsWith("/") || !(lower.endsWith(".properties") || lower.endsWith(".yml")
                || lower.endsWith(".yaml"))) {
            return Optional.empty();
        }
        if (lower.startsWith("classpath:") || lower.startsWith("classpath*:")) {
            String name = l.substring(l.indexOf(':') + 1).replaceFirst("^/+", "");
            Optional<Path> best = Optional.empty();
            for (Path p : loadable) {
                if (("/" + relative.apply(p)).endsWith("/resources/" + name)) {
                    if (p.startsWith(moduleDir)) {
                        return Optional.of(p);
                    }
                    best = best.or(() -> Optional.of(p));
                }
            }
            return best;
        }
        if (lower.contains(":") && !lower.startsWith("file:")) {
            return Optional.empty(); // configserver:, vault:, consul:, configtree:, an URL
        }
        String path = lower.startsWith("file:") ? l.substring("file:".length()) : l;
        for (Path base : List.of(lower.startsWith("file:") ? moduleDir : fromDir, root)) {
            Path candidate = base.resolve(path).normalize();
            if (candidate.startsWith(root) && loadable.contains(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private Path module(Path file) {
        Path module = file.getParent();
        while (module != null && !moduleDirs.contains(module) && !module.equals(root)) {
            module = module.getParent();
        }
        return module == null ? root : module;
    }

    private String moduleKey(Path file) {
        return relative.apply(module(file));
    }
}
