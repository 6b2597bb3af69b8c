package dev.stratum.audit.monitoring;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Locations;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;

/** MO001: a Spring Boot web service without Actuator. */
public final class NoActuatorCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("MO001", AuditArea.MONITORING, Severity.MEDIUM,
            "No Spring Boot Actuator",
            "Without Actuator there is no health endpoint for the load balancer or orchestrator, no metrics and no "
                    + "way to look inside a running instance: failures are found by users.",
            "Add spring-boot-starter-actuator and expose health (with probes) and a metrics endpoint.",
            "<!-- spring-boot-starter-web only -->",
            "<artifactId>spring-boot-starter-actuator</artifactId>");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        var deps = project.dependencies();
        if (deps.isEmpty() || !project.isSpringBoot() || !project.isWebApp()) {
            return;
        }
        if (!deps.has("spring-boot-actuator") && !deps.has("spring-boot-starter-actuator")) {
            Locations.atBuild(project, sink, this, "Spring Boot web service without spring-boot-starter-actuator");
        }
    }
}
