package dev.stratum.audit;

import dev.stratum.audit.build.BuildModule;
import dev.stratum.audit.build.BuildModules;
import dev.stratum.audit.config.ConfigSet;
import dev.stratum.audit.model.FileFacts;
import dev.stratum.audit.model.ProjectTypes;
import dev.stratum.audit.model.TypeInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Splits a multi-module build into its Spring Boot applications, so that "has no security" is judged per deployable
 * and not for the union of all modules (one secured module does not secure its neighbour). An application module
 * declares a {@code @SpringBootApplication} class in its own sources, or applies the Boot plugin itself and has
 * sources (a Maven aggregator never does); library modules are not applications but are part of every application
 * that uses them. Each view has the application's effective dependencies ({@link BuildModules#effective}), the
 * sources and configuration of it and the modules it uses, and reports absence findings on its own build file.
 */
final class ApplicationViews {
    private ApplicationViews() {
    }

    static List<ProjectModel> of(ProjectModel whole, BuildModules modules, Map<String, FileFacts> facts) {
        if (modules.all().size() < 2) {
            return List.of();
        }
        Map<BuildModule, Map<String, FileFacts>> owned = new HashMap<>();
        facts.forEach((file, f) -> modules.owner(file)
                .ifPresent(m -> owned.computeIfAbsent(m, k -> new TreeMap<>()).put(file, f)));
        List<ProjectModel> views = new ArrayList<>();
        for (BuildModule module : modules.all()) {
            Map<String, FileFacts> own = owned.getOrDefault(module, Map.of());
            if (!isApplication(module, own)) {
                continue;
            }
            Set<BuildModule> closure = modules.closure(module);
            Map<String, FileFacts> sources = new TreeMap<>();
            closure.forEach(m -> sources.putAll(owned.getOrDefault(m, Map.of())));
            List<ConfigSet> configs = whole.configs().stream()
                    .filter(c -> closure.stream().anyMatch(m -> m.dir().equals(c.module()))).toList();
            views.add(new ProjectModel(modules.effective(module), configs, whole.migrations(),
                    ProjectTypes.of(sources), whole.hasTests(), module.buildFile(), module.buildLine(),
                    whole.resources(), List.of()));
        }
        return views;
    }

    private static boolean isApplication(BuildModule module, Map<String, FileFacts> own) {
        for (FileFacts f : own.values()) {
            for (TypeInfo t : f.types()) {
                if (t.annotated("SpringBootApplication")) {
                    return true;
                }
            }
        }
        return module.bootPlugin() && !module.aggregator() && !own.isEmpty();
    }
}
