package dev.stratum.audit.security;

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

/** SE016: the H2 web console switched on outside development. */
public final class H2ConsoleCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("SE016", AuditArea.SECURITY, Severity.HIGH,
            "H2 console enabled outside dev",
            "The H2 console is a web SQL client inside the application: whoever reaches /h2-console runs any SQL, "
                    + "and through CREATE ALIAS any Java code, as the service. Behind a reverse proxy every request "
                    + "looks local, so web-allow-others=false does not keep strangers out.",
            "Enable the console only in a dev profile (application-dev.yml), or not at all; never in the default "
                    + "or production configuration.",
            "spring.h2.console.enabled: true   # application.yml",
            "spring.h2.console.enabled: true   # application-dev.yml only")
            .scope("spring.h2.console.enabled in the default and production profiles, profiles the main file "
                            + "activates included (placeholders with their defaults), with H2 on the main class path.",
                    "Consoles registered by hand (a WebServlet bean), devtools turning it on in development only.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        if (project.dependencies().find("h2").isEmpty()) {
            return;
        }
        for (ConfigSet set : project.configs()) {
            Optional<ConfigProperty> on = set.get("spring.h2.console.enabled");
            if (on.isPresent() && Placeholders.withDefaults(on.get().value()).map(v -> v.strip().equalsIgnoreCase("true"))
                    .orElse(false)) {
                Locations.at(on.get(), sink, this, "the H2 console is enabled in the "
                        + set.describe(on.get().profile()) + " configuration: "
                        + "/h2-console runs any SQL against the service's database");
            }
        }
    }
}
