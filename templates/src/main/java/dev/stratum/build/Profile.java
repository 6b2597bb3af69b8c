package dev.stratum.build;

import dev.stratum.core.UsageException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A build profile: its activation and the properties, dependencies and plugins it adds. */
public record Profile(String id, Activation activation, Map<String, String> properties, List<Dependency> dependencies,
                      List<Plugin> plugins) {
    public Profile {
        properties = properties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
        plugins = plugins == null ? List.of() : List.copyOf(plugins);
    }

    /** The same profile declared by a later feature: contents merged as in the build; activations must agree. */
    Profile with(Profile later) {
        if (activation != null && later.activation != null && !activation.equals(later.activation)) {
            throw new UsageException("profile '" + id + "' is declared twice with different activations");
        }
        Contents merged = new Contents();
        merged.addAll(properties, dependencies, plugins);
        merged.addAll(later.properties, later.dependencies, later.plugins);
        return new Profile(id, activation != null ? activation : later.activation, merged.properties,
                List.copyOf(merged.dependencies.values()), List.copyOf(merged.plugins.values()));
    }

    /** What a build and a profile both hold, merged by one set of rules (see {@link BuildModel.Builder}). */
    static final class Contents {
        final Map<String, String> properties = new LinkedHashMap<>();
        final Map<String, Dependency> dependencies = new LinkedHashMap<>();
        final Map<String, Plugin> plugins = new LinkedHashMap<>();

        void property(String name, String value) {
            properties.put(name, value);
        }

        void dependency(Dependency d) {
            dependencies.putIfAbsent(d.key(), d);
        }

        void plugin(Plugin p) {
            plugins.merge(p.key(), p, Plugin::with);
        }

        void addAll(Map<String, String> props, List<Dependency> deps, List<Plugin> plugs) {
            props.forEach(this::property);
            deps.forEach(this::dependency);
            plugs.forEach(this::plugin);
        }
    }
}
