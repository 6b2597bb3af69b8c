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
                            + "chains that cover its path, as for MO008; in a multi-module build, a module whose build "
                            + "files (its own and those above it) declare no Spring Security is unprotected.",
                    "Whether the port is published (ingress, firewall); show-components; health groups with their "
                            + "own show-details.");

    /**
     * A module of a multi-module build whose own build file and those above it declare no Spring Security and whose
     * sources hold no filter chain: another module's security does not protect it.
     */
    static boolean unsecuredModule(ProjectModel project, String module) {
        if (module.isEmpty()) {
            return false;
        }
        boolean ownBuild = project.dependencies().declared().stream().anyMatch(d -> d.file().startsWith(module + "/"));
        boolean securityAbove = project.dependencies().declared().stream()
                .filter(d -> !d.isTestOnly() && (d.artifact().startsWith("spring-security-")
                        || d.artifact().startsWith("spring-boot-starter-security")
                        || d.artifact().startsWith("spring-boot-starter-oauth2")))
                .anyMatch(d -> !d.file().contains("/") || module.equals(dir(d.file())) || module.startsWith(dir(d.file()) + "/"));
        boolean chainInside = project.types().securityChains().stream().anyMatch(c -> c.file().startsWith(module + "/"));
        return ownBuild && !securityAbove && !chainInside;
    }

    private static String dir(String file) {
        return file.substring(0, file.lastIndexOf('/'));
    }

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
            if (unsecuredModule(project, set.module())) {
                Locations.at(show.get(), sink, this, "health details are shown to every caller of " + path + " and "
                        + "the module " + set.module() + " has no Spring Security");
                continue;
            }
            Access access = ManagementEndpoints.access(project, path, "health");
            if (access == Access.OPEN || access == Access.NOT_COVERED) {
                Locations.at(show.get(), sink, this, "health details are shown to every caller of " + path + " and "
                        + Exposures.reason(project, access, path, "health"));
            }
        }
    }
}
