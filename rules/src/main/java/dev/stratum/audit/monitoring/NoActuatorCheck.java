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
            "<artifactId>spring-boot-starter-actuator</artifactId>")
            .scope("Each Spring Boot web application of the build on its own (see SE003 for what an application "
                            + "module is): whether spring-boot-starter-actuator is among its dependencies, its own, "
                            + "its parent pom's or those of the modules it uses. Reported on its build file.",
                    "Health checks written by hand (a controller answering /health), dependencies that only a "
                            + "resolved dependency graph shows.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel whole, FindingSink sink) {
        for (ProjectModel app : whole.applications()) {
            var deps = app.dependencies();
            if (deps.isEmpty() || !app.isSpringBoot() || !app.isWebApp()) {
                continue;
            }
            if (!deps.has("spring-boot-actuator") && !deps.has("spring-boot-starter-actuator")) {
                Locations.atBuild(app, sink, this, "Spring Boot web service without spring-boot-starter-actuator");
            }
        }
    }
}
