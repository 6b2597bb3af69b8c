package dev.stratum.build;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A project's build, in declaration order (the writer decides the layout). Build it with {@link #builder()}: the
 * template's base first, then each selected feature, so that the merge rules below give the same model for the
 * same inputs.
 */
public record BuildModel(Coordinates parent, Coordinates project, String packaging, String name, String description,
                         Map<String, String> properties, List<Dependency> dependencies, List<Bom> boms,
                         List<Plugin> plugins, List<Profile> profiles, List<Repository> repositories) {
    public BuildModel {
        packaging = packaging == null ? "" : packaging;
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        dependencies = List.copyOf(dependencies);
        boms = List.copyOf(boms);
        plugins = List.copyOf(plugins);
        profiles = List.copyOf(profiles);
        repositories = List.copyOf(repositories);
    }

    public static Builder builder(Coordinates project) {
        return new Builder(project);
    }

    /**
     * Collects contributions. Merge rules: a property declared again takes the later value (keeping its place); the
     * first declaration of a dependency, BOM or repository wins; a plugin declared again is merged
     * ({@link Plugin#with}); a profile declared again is merged the same way inside.
     */
    public static final class Builder {
        private final Coordinates project;
        private Coordinates parent;
        private String packaging = "";
        private String name = "";
        private String description = "";
        private final Profile.Contents contents = new Profile.Contents();
        private final Map<String, Bom> boms = new LinkedHashMap<>();
        private final Map<String, Profile> profiles = new LinkedHashMap<>();
        private final Map<String, Repository> repositories = new LinkedHashMap<>();

        private Builder(Coordinates project) {
            this.project = project;
        }

        public Builder parent(Coordinates parent) {
            this.parent = parent;
            return this;
        }

        public Builder packaging(String packaging) {
            this.packaging = packaging;
            return this;
        }

        public Builder name(String name, String description) {
            this.name = name;
            this.description = description;
            return this;
        }

        public Builder property(String key, String value) {
            contents.property(key, value);
            return this;
        }

        public Builder dependency(Dependency dependency) {
            contents.dependency(dependency);
            return this;
        }

        public Builder bom(Bom bom) {
            boms.putIfAbsent(bom.key(), bom);
            return this;
        }

        public Builder plugin(Plugin plugin) {
            contents.plugin(plugin);
            return this;
        }

        public Builder profile(Profile profile) {
            profiles.merge(profile.id(), profile, Profile::with);
            return this;
        }

        public Builder repository(Repository repository) {
            repositories.putIfAbsent(repository.id(), repository);
            return this;
        }

        public BuildModel build() {
            return new BuildModel(parent, project, packaging, name, description, contents.properties,
                    List.copyOf(contents.dependencies.values()), List.copyOf(boms.values()),
                    List.copyOf(contents.plugins.values()), List.copyOf(profiles.values()),
                    List.copyOf(repositories.values()));
        }
    }
}
