package dev.stratum.audit.monitoring;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Locations;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;

/** MO003: no liveness/readiness probes (Spring Boot before 4 only enables them on Kubernetes). */
public final class NoHealthProbesCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("MO003", AuditArea.MONITORING, Severity.LOW,
            "No health probes",
            "Without separate liveness and readiness groups, the orchestrator restarts instances that are only "
                    + "waiting for a dependency, or sends traffic to instances that are still warming up.",
            "Set management.endpoint.health.probes.enabled=true and point liveness/readiness checks at "
                    + "/actuator/health/liveness and /actuator/health/readiness.",
            "# management.endpoint.health.probes.* not set",
            "management.endpoint.health.probes.enabled: true")
            .scope("In a Spring Boot web application with Actuator and a Boot version below 4 (or unknown: "
                            + "missing, a placeholder or malformed), "
                            + "management.endpoint.health.probes.enabled in the production view of the first module "
                            + "that sets it.",
                    "Probes that Boot switches on by itself on Kubernetes (detected at run time) and "
                            + "liveness/readiness groups defined by hand (management.endpoint.health.group.*) are "
                            + "reported; the value given by the environment, Boot 2.3's "
                            + "management.health.probes.enabled, and whether the deployment points its probes at "
                            + "the endpoints are not read.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        if (!Actuated.applies(project) || Actuated.bootMajor(project) >= 4) {
            return;
        }
        var probes = project.config("management.endpoint.health.probes.enabled");
        if (probes.isEmpty()) {
            Locations.atDependency(project, sink, this, "liveness and readiness probes are not enabled",
                    "spring-boot-starter-actuator");
        } else if (probes.get().value().strip().equalsIgnoreCase("false")) {
            Locations.at(probes.get(), sink, this, "liveness and readiness probes are switched off");
        }
    }
}
