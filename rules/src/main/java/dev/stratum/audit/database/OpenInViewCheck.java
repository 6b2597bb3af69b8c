package dev.stratum.audit.database;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Locations;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.config.ConfigProperty;
import dev.stratum.audit.config.Placeholders;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.Optional;

/** DB007: Open Session in View left on (Spring Boot registers it for servlet MVC applications with JPA). */
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
            .scope("A Spring Boot application (@SpringBootApplication or a spring-boot-starter dependency) on the "
                            + "servlet stack (spring-webmvc, declared or through starter-web: Boot registers the "
                            + "interceptor only for servlet MVC apps; with webflux beside it Boot runs servlet too), "
                            + "spring-data-jpa on the class path (declared or through the JPA starter), and "
                            + "spring.jpa.open-in-view in the production view of the first module that sets it, a "
                            + "placeholder counting with its default (${OIV:true} is true, ${OIV} unknown and silent).",
                    "The value given by the environment or a config server (an unset key is reported, a "
                            + "placeholder is read with its default), an OpenEntityManagerInView filter or "
                            + "interceptor registered by hand (plain Spring MVC without Boot is not reported), "
                            + "spring-webmvc brought in only by a dependency the audit does not know (a company "
                            + "starter), and spring.main.web-application-type=reactive.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        var deps = project.dependencies();
        if (!project.isSpringBoot() || !deps.has("spring-webmvc")
                || !(deps.has("spring-data-jpa") || deps.has("spring-boot-starter-data-jpa"))) {
            return;
        }
        Optional<ConfigProperty> oiv = project.config("spring.jpa.open-in-view");
        if (oiv.isEmpty()) {
            Locations.atDependency(project, sink, this, "spring.jpa.open-in-view is not set and defaults to true",
                    "spring-boot-starter-data-jpa", "spring-data-jpa");
            return;
        }
        String value = oiv.get().value();
        boolean on = Placeholders.withDefaults(value).map(v -> v.strip().equalsIgnoreCase("true")).orElse(false);
        if (on && Placeholders.isExternal(value)) {
            Locations.at(oiv.get(), sink, this, "spring.jpa.open-in-view is true unless the environment overrides "
                    + "its placeholder: a connection is held for the whole request");
        } else if (on) {
            Locations.at(oiv.get(), sink, this, "spring.jpa.open-in-view=true holds a connection for the whole request");
        }
    }
}
