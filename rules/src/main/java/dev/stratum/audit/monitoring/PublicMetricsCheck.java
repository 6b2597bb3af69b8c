package dev.stratum.audit.monitoring;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Locations;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.config.ConfigSet;
import dev.stratum.audit.security.chain.SecurityChain;
import dev.stratum.audit.security.chain.SecurityChain.Access;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.Optional;

/** MO009: metrics served on the application's own port without authentication. */
public final class PublicMetricsCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("MO009", AuditArea.MONITORING, Severity.MEDIUM,
            "Metrics served unauthenticated on the application port",
            "/actuator/prometheus (or /actuator/metrics) on the port the API is published on, permitted without "
                    + "authentication, tells anyone on the internet every route, status code, error rate, pool "
                    + "size, library version and cache name of the service, and lets them make the scrape itself "
                    + "expensive.",
            "Move the management endpoints to their own port (management.server.port, not published by the API's "
                    + "load balancer or Kubernetes Service), or require authentication for them.",
            "management.endpoints.web.exposure.include: health,prometheus\n.requestMatchers(\"/actuator/prometheus\").permitAll()",
            "management.server.port: ${MANAGEMENT_PORT:8081}\nmanagement.endpoints.web.exposure.include: health,prometheus")
            .scope("Exposure settings, management.server.port against server.port (defaults of placeholders) and "
                            + "the filter chains that cover each metrics endpoint's path, as for MO008.",
                    "Whether the port is published (ingress, Service, firewall); a management port given only by an "
                            + "environment variable without a default (the check stays silent).");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        if (!Actuated.hasActuator(project)) {
            return;
        }
        for (ConfigSet set : project.configs()) {
            Optional<ManagementEndpoints> endpoints = ManagementEndpoints.of(project, set);
            if (endpoints.isEmpty() || endpoints.get().ownPort() || endpoints.get().include().isEmpty()
                    || ActuatorExposedCheck.sensitiveOpen(project, set, endpoints.get())) {
                continue; // MO008 reports the same setting, and worse
            }
            for (String id : endpoints.get().exposed().stream().sorted().toList()) {
                if (!ManagementEndpoints.METRICS.contains(id)) {
                    continue;
                }
                String path = endpoints.get().path(set, id);
                Access access = ManagementEndpoints.access(project, path, id);
                boolean everythingOpen = ManagementEndpoints.decidingChain(project, path, id)
                        .map(c -> c.rules().stream().anyMatch(r -> r.permit() && r.patterns().contains(SecurityChain.ANY)))
                        .orElse(false);
                if ((access == Access.OPEN || access == Access.NOT_COVERED) && !everythingOpen) { // SE005 says that
                    Locations.at(endpoints.get().include().get(), sink, this, path + " is served on the application "
                            + "port and " + Exposures.reason(project, access, path, id));
                }
            }
        }
    }
}
