package dev.stratum.generate;

import dev.stratum.build.BuildModel;
import dev.stratum.build.Config;
import dev.stratum.build.Coordinates;
import dev.stratum.build.Repository;
import dev.stratum.core.UsageException;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The {@code build:} section of template.yaml. At the top level it is the base build (parent, packaging,
 * properties, dependencies, plugins...); in a feature it is what the feature adds (no parent, packaging or
 * dependencies there: a feature's dependencies stay under its own {@code dependencies:}). A template with a
 * top-level {@code build:} gets its pom.xml from {@link dev.stratum.build.MavenPomWriter}, never from a file.
 */
public record BuildDef(String parent, String packaging, LinkedHashMap<String, String> properties,
                       List<DependencyDef> dependencies, List<BomDef> boms, List<PluginDef> plugins,
                       List<ProfileDef> profiles, List<Repository> repositories) {
    public BuildDef {
        if (parent != null && Coordinates.parse(parent).version().isEmpty()) {
            throw new UsageException("parent '" + parent + "' needs a version (groupId:artifactId:version)");
        }
        packaging = packaging == null ? "" : packaging;
        properties = checkedProperties(properties);
        dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
        boms = boms == null ? List.of() : List.copyOf(boms);
        plugins = plugins == null ? List.of() : List.copyOf(plugins);
        profiles = profiles == null ? List.of() : List.copyOf(profiles);
        repositories = repositories == null ? List.of() : List.copyOf(repositories);
    }

    /** Property names become element names in the pom. */
    static LinkedHashMap<String, String> checkedProperties(LinkedHashMap<String, String> properties) {
        LinkedHashMap<String, String> out = properties == null ? new LinkedHashMap<>() : new LinkedHashMap<>(properties);
        for (var e : out.entrySet()) {
            if (!Config.ELEMENT_NAME.matcher(e.getKey()).matches()) {
                throw new UsageException("build property '" + e.getKey() + "' is not an XML element name");
            }
            if (e.getValue() == null) {
                e.setValue("");
            }
        }
        return out;
    }

    /** Refuses in a feature what only the base declares; {@code where} names the feature. */
    void validateAsFeature(String where) {
        String misplaced = parent != null ? "parent" : !packaging.isEmpty() ? "packaging" : !dependencies.isEmpty() ? "dependencies" : null;
        if (misplaced != null) {
            throw new UsageException(where + ": 'build." + misplaced + "' is only for the template's base build"
                    + (misplaced.equals("dependencies") ? " (a feature declares its dependencies under 'dependencies:')" : ""));
        }
    }

    /** Adds this section to {@code build}, values rendered by {@code texts}; {@code origin} names it in errors. */
    void contribute(BuildModel.Builder build, String origin, BuildTexts texts) {
        if (parent != null) {
            build.parent(Coordinates.parse(parent));
        }
        if (!packaging.isEmpty()) {
            build.packaging(packaging);
        }
        properties.forEach((k, v) -> build.property(k, texts.render(origin + " build property " + k, v)));
        dependencies.forEach(d -> build.dependency(d.toDependency(false, texts)));
        boms.forEach(b -> build.bom(b.toBom(texts)));
        plugins.forEach(p -> build.plugin(p.toPlugin(texts)));
        profiles.forEach(p -> build.profile(p.toProfile(texts)));
        repositories.forEach(build::repository);
    }
}
