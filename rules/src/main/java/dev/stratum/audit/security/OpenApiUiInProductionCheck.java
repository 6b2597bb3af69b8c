package dev.stratum.audit.security;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Locations;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.build.Dependency;
import dev.stratum.audit.config.ConfigProperty;
import dev.stratum.audit.config.ConfigSet;
import dev.stratum.audit.config.Placeholders;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SE015: the OpenAPI UI and description are served in production unless someone switches them off. */
public final class OpenApiUiInProductionCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("SE015", AuditArea.SECURITY, Severity.LOW,
            "OpenAPI UI enabled by default in production",
            "springdoc serves Swagger UI and the full API description by default: in production that hands every "
                    + "route, parameter and schema (including internal ones) to whoever finds it, and the UI is one "
                    + "more web application to keep patched.",
            "Switch both off in the default configuration (springdoc.api-docs.enabled=false, "
                    + "springdoc.swagger-ui.enabled=false) and on in a dev profile; publish the description at build "
                    + "time if clients need it.",
            "springdoc.swagger-ui.enabled: ${OPENAPI_ENABLED:true}",
            "springdoc.swagger-ui.enabled: false            # application.yml\nspringdoc.swagger-ui.enabled: true   # application-dev.yml")
            .scope("springdoc-openapi dependencies; springdoc.api-docs.enabled and springdoc.swagger-ui.enabled in the "
                            + "default and production profiles (placeholders count with their defaults).",
                    "Whether a gateway blocks the paths; an environment variable without a default (the check stays "
                            + "silent), springfox.");

    private static final List<String> KEYS = List.of("springdoc.swagger-ui.enabled", "springdoc.api-docs.enabled");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        Optional<Dependency> springdoc = project.dependencies().declared().stream()
                .filter(d -> !d.isTestOnly() && d.artifact().startsWith("springdoc-openapi") && d.artifact().contains("ui"))
                .findFirst();
        if (springdoc.isEmpty()) {
            return;
        }
        List<ConfigProperty> settings = new ArrayList<>();
        for (ConfigSet set : project.configs()) {
            for (String key : KEYS) {
                Optional<ConfigProperty> p = set.get(key);
                if (p.isPresent()) {
                    Optional<String> v = Placeholders.withDefaults(p.get().value());
                    if (v.isEmpty() || v.get().strip().equalsIgnoreCase("false")) {
                        return; // off, or decided by the environment alone
                    }
                    settings.add(p.get());
                }
            }
        }
        String message = "Swagger UI and the API description are served in production: "
                + (settings.isEmpty() ? "springdoc is on the class path and nothing switches them off"
                : settings.get(0).key() + " is " + settings.get(0).value()
                + (Placeholders.isExternal(settings.get(0).value()) ? " (on unless the variable says otherwise)" : ""));
        if (!settings.isEmpty()) {
            Locations.at(settings.get(0), sink, this, message);
        } else {
            sink.report(this, springdoc.get().file(), springdoc.get().line(), message);
        }
    }
}
