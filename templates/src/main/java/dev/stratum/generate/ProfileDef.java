package dev.stratum.generate;

import dev.stratum.build.Activation;
import dev.stratum.build.Profile;
import dev.stratum.core.UsageException;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A build profile: {@code id}, {@code activation} (Maven's own shape: activeByDefault, jdk, os, property, file) and the
 * properties, dependencies and plugins it adds. Profiles with one id from several features merge.
 */
public record ProfileDef(String id, Activation activation, LinkedHashMap<String, String> properties,
                         List<DependencyDef> dependencies, List<PluginDef> plugins) {
    public ProfileDef {
        if (id == null || !id.matches("[A-Za-z0-9_.\\-]+")) {
            throw new UsageException("profile id '" + id + "' is missing or not a plain name (letters, digits, . _ -)");
        }
        properties = BuildDef.checkedProperties(properties);
        dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
        plugins = plugins == null ? List.of() : List.copyOf(plugins);
    }

    Profile toProfile(BuildTexts texts) {
        LinkedHashMap<String, String> props = new LinkedHashMap<>();
        properties.forEach((k, v) -> props.put(k, texts.render("profile " + id + " property " + k, v)));
        return new Profile(id, activation, props, dependencies.stream().map(d -> d.toDependency(false, texts)).toList(),
                plugins.stream().map(p -> p.toPlugin(texts)).toList());
    }
}
