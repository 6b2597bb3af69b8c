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
            "<artifactId>micrometer-registry-prometheus</artifactId>");

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
