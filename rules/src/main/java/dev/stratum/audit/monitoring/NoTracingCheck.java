package dev.stratum.audit.monitoring;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Locations;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;

/** MO004: no distributed tracing. */
public final class NoTracingCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("MO004", AuditArea.MONITORING, Severity.LOW,
            "No distributed tracing",
            "Without trace ids, a slow or failed request cannot be followed across services and log lines of "
                    + "one request cannot be correlated.",
            "Add micrometer-tracing-bridge-otel with an exporter (or spring-boot-starter-opentelemetry) and "
                    + "include the trace id in the log pattern.",
            "<!-- actuator, no micrometer-tracing -->",
            "<artifactId>micrometer-tracing-bridge-otel</artifactId>\n<artifactId>opentelemetry-exporter-otlp</artifactId>")
            .scope("In a Spring Boot web application with Actuator, the main-scope dependencies: "
                            + "micrometer-tracing*, opentelemetry*, spring-boot-starter-opentelemetry, "
                            + "spring-cloud-starter-sleuth*, brave*.",
                    "The OpenTelemetry Java agent or a service mesh adding traces at run time (reported as "
                            + "missing); a tracing library with nothing to export to (opentelemetry-api alone, a "
                            + "bridge without a reporter), sampling at 0 and management.tracing.enabled=false count "
                            + "as tracing, and the trace id in the log pattern is not checked.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        var deps = project.dependencies();
        if (Actuated.applies(project) && !deps.hasPrefix("micrometer-tracing") && !deps.hasPrefix("opentelemetry")
                && !deps.has("spring-boot-starter-opentelemetry") && !deps.hasPrefix("spring-cloud-starter-sleuth")
                && !deps.hasPrefix("brave")) {
            Locations.atDependency(project, sink, this, "no tracing library (Micrometer Tracing or OpenTelemetry)",
                    "spring-boot-starter-actuator");
        }
    }
}
