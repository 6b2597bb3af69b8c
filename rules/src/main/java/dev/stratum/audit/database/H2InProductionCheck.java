package dev.stratum.audit.database;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Locations;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.config.ConfigProperty;
import dev.stratum.audit.config.ConfigSet;
import dev.stratum.audit.config.Placeholders;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.Optional;

/** DB010: the in-memory H2 database is what production would run on. */
public final class H2InProductionCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("DB010", AuditArea.DATABASE, Severity.MEDIUM,
            "H2 in the main profile",
            "With H2 on the runtime classpath and no datasource URL (or a jdbc:h2 URL) in the production "
                    + "configuration, the service starts on an in-memory database: it works, and loses every "
                    + "write at the next restart. H2 also hides the SQL dialect of the real database.",
            "Point spring.datasource.url at the real database in the main/prod configuration and move H2 to test "
                    + "scope (or better, test against the real database).",
            "<artifactId>h2</artifactId><scope>runtime</scope>  <!-- and no spring.datasource.url -->",
            "<artifactId>h2</artifactId><scope>test</scope>\nspring.datasource.url: ${DATABASE_URL}")
            .scope("spring.datasource.url in the production view of the configuration model (the default, production "
                            + "profiles and profiles the main file activates; an opt-in profile whose URL is an "
                            + "in-memory database is a local run, not production) and H2 on the main class path. "
                            + "No finding when a platform binder supplies the datasource (java-cfenv-boot, Spring "
                            + "Cloud Connectors, spring-cloud-bindings).",
                    "A datasource URL set only by an environment variable or a config server, or a DataSource bean "
                            + "built in code.");

    /** Libraries that bind spring.datasource.* from the platform (Cloud Foundry VCAP_SERVICES, Kubernetes bindings). */
    private static final java.util.List<String> PLATFORM_BINDERS = java.util.List.of("java-cfenv-boot",
            "java-cfenv-jdbc", "spring-cloud-cloudfoundry-connector", "spring-cloud-spring-service-connector",
            "spring-cloud-bindings", "spring-cloud-gcp-starter-sql-mysql", "spring-cloud-gcp-starter-sql-postgresql");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        boolean anyUrl = false;
        for (ConfigSet set : project.configs()) {
            Optional<ConfigProperty> url = set.get("spring.datasource.url");
            anyUrl |= url.isPresent();
            if (url.isPresent() && Placeholders.withDefaults(url.get().value()).orElse("").strip().startsWith("jdbc:h2:")) {
                Locations.at(url.get(), sink, this, "the production datasource is an H2 database"
                        + set.inProfile(url.get()));
                return;
            }
        }
        if (!anyUrl && project.dependencies().find("h2").isPresent() && project.isSpringBoot()
                && PLATFORM_BINDERS.stream().noneMatch(project.dependencies()::has)) {
            java.util.Set<String> elsewhere = new java.util.TreeSet<>();
            project.configs().forEach(set -> set.all().stream()
                    .filter(p -> p.canonicalKey().equals(ConfigProperty.canonical("spring.datasource.url")))
                    .forEach(p -> elsewhere.add(p.profile())));
            String message = elsewhere.isEmpty()
                    ? "H2 is on the runtime classpath and no datasource URL is configured: the service runs on H2"
                    : "H2 is on the runtime classpath and neither the default nor a production profile sets a datasource "
                    + "URL (only " + String.join(", ", elsewhere) + (elsewhere.size() == 1 ? " does" : " do")
                    + "): without that profile the service runs on H2";
            Locations.atDependency(project, sink, this, message, "h2");
        }
    }
}
