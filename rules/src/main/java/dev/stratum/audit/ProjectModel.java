package dev.stratum.audit;

import dev.stratum.audit.build.Dependencies;
import dev.stratum.audit.config.ConfigProperty;
import dev.stratum.audit.config.ConfigSet;
import dev.stratum.audit.migration.IndexCatalog;
import dev.stratum.audit.model.ProjectTypes;
import dev.stratum.audit.model.TypeKind;
import java.util.List;
import java.util.Optional;

/**
 * Everything project checks look at: declared dependencies, configuration per module and profile, the index
 * knowledge of the migrations and the typed model of the project's own sources ({@link ProjectTypes}). {@code buildFile} is where absence findings
 * ("no Actuator") are reported: the main pom.xml or build.gradle, or null for a bare source tree.
 * {@code applicationViews} holds one view per Spring Boot application module of a multi-module build
 * ({@link ApplicationViews}); empty when the build is one application (or none can be told apart).
 */
public record ProjectModel(Dependencies dependencies, List<ConfigSet> configs, IndexCatalog migrations,
                           ProjectTypes types, boolean hasTests, String buildFile, int buildFileLine,
                           List<ResourceFile> resources, List<ProjectModel> applicationViews) {

    public ProjectModel {
        applicationViews = List.copyOf(applicationViews);
    }

    /**
     * What project-level judgements ("no security", "no Actuator") are made on: each application module of a
     * multi-module build as its own project (its dependencies, inherited and from the modules it uses, their
     * sources, its build file), or else the whole project.
     */
    public List<ProjectModel> applications() {
        return applicationViews.isEmpty() ? List.of(this) : applicationViews;
    }

    /** Resource files of one kind, in path order. */
    public List<ResourceFile> resources(ResourceFiles.Kind kind) {
        return resources.stream().filter(r -> r.kind() == kind).toList();
    }

    /** A Spring Boot application: the Boot annotation in the sources or a Boot dependency. */
    public boolean isSpringBoot() {
        return types.hasAnnotation("SpringBootApplication") || dependencies.hasPrefix("spring-boot-starter");
    }

    /** A servlet or reactive web application (serves HTTP). */
    public boolean isWebApp() {
        return dependencies.has("spring-webmvc") || dependencies.has("spring-webflux")
                || types.hasKind(TypeKind.CONTROLLER);
    }

    /** The first production-view value of {@code key} across modules. */
    public Optional<ConfigProperty> config(String key) {
        for (ConfigSet set : configs) {
            Optional<ConfigProperty> p = set.get(key);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    public boolean hasConfig(String key) {
        return config(key).isPresent();
    }

    public boolean hasSecurity() {
        return dependencies.has("spring-security-web") || dependencies.has("spring-security-config")
                || types.hasType("SecurityFilterChain") || types.hasAnnotation("EnableWebSecurity");
    }
}
