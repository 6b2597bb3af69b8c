package dev.stratum.audit.monitoring;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Locations;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;

/** MO002: Actuator without a metrics registry to export to. */
public final class NoMetricsRegistryCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("MO002", AuditArea.MONITORING, Severity.LOW,
            "No metrics registry (Prometheus, OTLP, ...)",
            "Actuator collects Micrometer metrics, but without a registry such as micrometer-registry-prometheus "
                    + "or -otlp they stay in memory: no dashboards, no alerts on latency or error rate.",
            "Add micrometer-registry-prometheus (and expose the prometheus endpoint) or micrometer-registry-otlp.",
            "<artifactId>spring-boot-starter-actuator</artifactId>  <!-- alone -->",
            "<artifactId>micrometer-registry-prometheus</artifactId>")
            .scope("In a Spring Boot web application with Actuator (spring-boot-starter-actuator or "
                            + "spring-boot-actuator), the main-scope dependencies of the builds in the tree: any "
                            + "micrometer-registry-* artifact or spring-boot-starter-opentelemetry.",
                    "Registries brought in transitively by a company starter or a parent outside the tree and "
                            + "agents attached at run time (Datadog, New Relic, the OpenTelemetry Java agent) are "
                            + "reported as missing; a registry whose export is switched off in configuration, or "
                            + "that nothing scrapes, counts as present.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        var deps = project.dependencies();
        if (Actuated.applies(project) && !deps.hasPrefix("micrometer-registry-")
                && !deps.has("spring-boot-starter-opentelemetry")) {
            Locations.atDependency(project, sink, this, "Actuator is present but no Micrometer registry exports metrics",
                    "spring-boot-starter-actuator");
        }
    }
}
