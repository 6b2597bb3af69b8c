package dev.stratum.audit.monitoring;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Locations;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.config.ConfigProperty;
import dev.stratum.audit.config.ConfigSet;
import dev.stratum.audit.config.Placeholders;
import dev.stratum.audit.security.chain.SecurityChain.Access;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.Optional;

/** MO012: health details shown to anyone who calls the health endpoint. */
public final class HealthDetailsPublicCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("MO012", AuditArea.MONITORING, Severity.LOW,
            "Health details shown to anonymous callers",
            "management.endpoint.health.show-details=always on a health endpoint nobody has to log in for tells "
                    + "anyone the database product and version, disk space, the hosts of Redis, mail and other "
                    + "dependencies, and which of them is down right now.",
            "Use show-details: when-authorized (with management.endpoint.health.roles), or serve the management "
                    + "endpoints on their own port (management.server.port) that the public load balancer does not "
                    + "route to.",
            "management.endpoint.health.show-details: always",
            "management.endpoint.health.show-details: when-authorized\nmanagement.endpoint.health.roles: OPS")
            .scope("management.endpoint.health.show-details in the production view (placeholders with their "
                            + "defaults), whether health is exposed over HTTP on the application port, and the filter "
                            + "chains that cover its path, as for MO008; each application of a multi-module build on its own "
                            + "(its dependencies and chains, not its neighbours').",
                    "Whether the port is published (ingress, firewall); show-components; health groups with their "
                            + "own show-details.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel whole, FindingSink sink) {
        // per application: a neighbour module's Spring Security does not protect this one
        for (ProjectModel project : whole.applications()) {
            if (Actuated.hasActuator(project)) {
                check(project, project.configs(), sink);
            }
        }
    }

    private void check(ProjectModel project, java.util.List<ConfigSet> configs, FindingSink sink) {
        for (ConfigSet set : configs) {
            Optional<ConfigProperty> show = set.get("management.endpoint.health.show-details");
            if (show.isEmpty() || !Placeholders.withDefaults(show.get().value()).map(v -> v.strip().equalsIgnoreCase("always"))
                    .orElse(false)) {
                continue;
            }
            Optional<ManagementEndpoints> endpoints = ManagementEndpoints.of(project, set);
            if (endpoints.isEmpty() || endpoints.get().ownPort() || !endpoints.get().exposed().contains("health")) {
                continue;
            }
            String path = endpoints.get().path(set, "health");
            Access access = ManagementEndpoints.access(project, path, "health");
            if (access == Access.OPEN || access == Access.NOT_COVERED) {
                Locations.at(show.get(), sink, this, "health details are shown to every caller of " + path + " and "
                        + Exposures.reason(project, access, path, "health"));
            }
        }
    }
}
