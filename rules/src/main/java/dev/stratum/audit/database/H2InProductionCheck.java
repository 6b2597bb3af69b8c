package dev.stratum.audit.database;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Locations;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.config.ConfigProperty;
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
            "<artifactId>h2</artifactId><scope>test</scope>\nspring.datasource.url: ${DATABASE_URL}");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        Optional<ConfigProperty> url = project.config("spring.datasource.url");
        if (url.isPresent() && url.get().value().strip().startsWith("jdbc:h2:")) {
            Locations.at(url.get(), sink, this, "the production datasource is an H2 database");
            return;
        }
        if (url.isEmpty() && project.dependencies().find("h2").isPresent() && project.isSpringBoot()) {
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
