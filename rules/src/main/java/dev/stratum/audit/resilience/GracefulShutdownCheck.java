package dev.stratum.audit.resilience;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Locations;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.build.BootVersion;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.Optional;

/** RE006: no graceful shutdown (explicitly immediate, or Spring Boot before 3.4 where it was off by default). */
public final class GracefulShutdownCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("RE006", AuditArea.RESILIENCE, Severity.LOW,
            "No graceful shutdown",
            "On every deploy or scale-down, requests in flight are cut off and clients see connection resets, "
                    + "unless the server stops accepting new work and finishes what it has first.",
            "Set server.shutdown=graceful (the default since Spring Boot 3.4) and "
                    + "spring.lifecycle.timeout-per-shutdown-phase to less than the orchestrator's grace period.",
            "server.shutdown: immediate",
            "server.shutdown: graceful\nspring.lifecycle.timeout-per-shutdown-phase: 20s")
            .scope("Whether the project is a Spring Boot web application (spring-webmvc/spring-webflux or a "
                            + "controller; @SpringBootApplication or a spring-boot-starter dependency), "
                            + "server.shutdown in the production view of the first module that sets it, and the "
                            + "Spring Boot version of the parent, BOM or Gradle plugin (before 3.4 an unset "
                            + "server.shutdown means immediate).",
                    "server.shutdown set by environment variables, arguments or a config server, an immediate "
                            + "setting in a second module when the first sets it, an unknown Boot version (a "
                            + "property placeholder or a malformed one such as 3_2: then silent), spring.lifecycle.timeout-per-shutdown-phase "
                            + "against the orchestrator's grace period; a hand-written drain (SmartLifecycle, a "
                            + "connector pause) on Boot before 3.4 is reported as missing.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        if (!project.isWebApp() || !project.isSpringBoot()) {
            return;
        }
        var shutdown = project.config("server.shutdown");
        if (shutdown.isPresent()) {
            if (shutdown.get().value().strip().equalsIgnoreCase("immediate")) {
                Locations.at(shutdown.get(), sink, this, "server.shutdown=immediate cuts off requests in flight on every deploy");
            }
            return;
        }
        Optional<BootVersion> boot = project.dependencies().bootVersion();
        if (boot.isPresent() && !boot.get().atLeast(3, 4)) {
            Locations.atBuild(project, sink, this,
                    "Spring Boot " + boot.get().text() + " shuts down immediately unless server.shutdown=graceful");
        }
    }
}
