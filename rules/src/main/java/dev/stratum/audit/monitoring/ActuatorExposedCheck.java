package dev.stratum.audit.monitoring;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Locations;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.config.ConfigSet;
import dev.stratum.audit.security.chain.SecurityChain.Access;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** MO008: Actuator endpoints that give away secrets or control, reachable without authentication. */
public final class ActuatorExposedCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("MO008", AuditArea.MONITORING, Severity.HIGH,
            "Sensitive Actuator endpoints reachable without authentication",
            "env, configprops, heapdump, loggers, threaddump and the like publish credentials and let a caller "
                    + "change the running service. Exposed over HTTP with no Spring Security, or permitted by the "
                    + "filter chains (or not covered by any), anyone who reaches the port can download a heap dump "
                    + "full of secrets or change log levels.",
            "Expose only what is needed (health, info, prometheus), and require authentication (or a separate, "
                    + "internal management port) for everything else.",
            "management.endpoints.web.exposure.include: \"*\"   # and no Spring Security",
            "management.endpoints.web.exposure.include: health,info,prometheus")
            .scope("management.endpoints.web.exposure.include/exclude, per-endpoint enabled/access switches, the "
                            + "base path and path mappings (placeholders with their defaults) of the default and "
                            + "production profiles; Spring Security on the class path; every SecurityFilterChain's "
                            + "securityMatcher and requestMatchers(..).permitAll()/authenticated() rules, "
                            + "EndpointRequest matchers and web.ignoring() lists.",
                    "Matchers built from configuration values or helper methods (the check then stays silent), the "
                            + "order of several chains that cover the same path (only a unanimous answer counts), "
                            + "network policy in front of the port.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** Whether some sensitive endpoint of this module is reachable without authentication. */
    static boolean sensitiveOpen(ProjectModel project, ConfigSet set, ManagementEndpoints endpoints) {
        return endpoints.exposed().stream().filter(ManagementEndpoints.SENSITIVE::contains).anyMatch(id -> {
            Access a = ManagementEndpoints.access(project, endpoints.path(set, id), id);
            return a == Access.OPEN || a == Access.NOT_COVERED;
        });
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        if (!Actuated.hasActuator(project)) {
            return;
        }
        for (ConfigSet set : project.configs()) {
            Optional<ManagementEndpoints> endpoints = ManagementEndpoints.of(project, set);
            if (endpoints.isEmpty() || endpoints.get().include().isEmpty()) {
                continue;
            }
            List<String> open = new ArrayList<>();
            String why = null;
            for (String id : endpoints.get().exposed()) {
                if (!ManagementEndpoints.SENSITIVE.contains(id)) {
                    continue;
                }
                String path = endpoints.get().path(set, id);
                Access access = ManagementEndpoints.access(project, path, id);
                if (access == Access.OPEN || access == Access.NOT_COVERED) {
                    open.add(id);
                    why = why != null ? why : Exposures.reason(project, access, path, id);
                }
            }
            if (!open.isEmpty()) {
                Locations.at(endpoints.get().include().get(), sink, this, "Actuator endpoint"
                        + (open.size() == 1 ? " " : "s ") + String.join(", ", open.stream().sorted().toList())
                        + (open.size() == 1 ? " is" : " are") + " exposed over HTTP and " + why);
            }
        }
    }
}
