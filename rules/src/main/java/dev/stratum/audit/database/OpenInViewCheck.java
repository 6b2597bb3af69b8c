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

/** DB007: Open Session in View left on. */
public final class OpenInViewCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("DB007", AuditArea.DATABASE, Severity.MEDIUM,
            "Open Session in View left on",
            "spring.jpa.open-in-view defaults to true: each web request holds a database connection until the "
                    + "response is written, and lazy loading in serialisers fires hidden queries. Under load the "
                    + "pool runs dry while threads write responses.",
            "Set spring.jpa.open-in-view=false and load what each endpoint needs in the service layer "
                    + "(JOIN FETCH, @EntityGraph, DTO projections).",
            "# spring.jpa.open-in-view not set (defaults to true)",
            "spring.jpa.open-in-view: false")
            .scope("spring-data-jpa on the class path (declared or through the JPA starter) in a web application "
                            + "(spring-webmvc, spring-webflux or a controller type), and spring.jpa.open-in-view in "
                            + "the production view of the first module that sets it.",
                    "The value given by the environment or a config server (reported as unset), a placeholder "
                            + "(${OIV:true} counts as not true), an OpenEntityManagerInView filter or interceptor "
                            + "registered by hand; it checks neither for Spring Boot nor for a servlet stack, so "
                            + "plain Spring MVC and WebFlux applications, where Boot registers no interceptor, are "
                            + "reported too.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        var deps = project.dependencies();
        if (!project.isWebApp() || !(deps.has("spring-data-jpa") || deps.has("spring-boot-starter-data-jpa"))) {
            return;
        }
        Optional<ConfigProperty> oiv = project.config("spring.jpa.open-in-view");
        if (oiv.isEmpty()) {
            Locations.atDependency(project, sink, this, "spring.jpa.open-in-view is not set and defaults to true",
                    "spring-boot-starter-data-jpa", "spring-data-jpa");
        } else if (oiv.get().value().strip().equalsIgnoreCase("true")) {
            Locations.at(oiv.get(), sink, this, "spring.jpa.open-in-view=true holds a connection for the whole request");
        }
    }
}
