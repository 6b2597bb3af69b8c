package dev.stratum.audit.monitoring;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Locations;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.config.ConfigSet;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.Arrays;

/** MO008: every Actuator endpoint exposed over HTTP with no Spring Security. */
public final class ActuatorExposedCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("MO008", AuditArea.MONITORING, Severity.HIGH,
            "All Actuator endpoints exposed without security",
            "management.endpoints.web.exposure.include=* publishes env, configprops, heapdump, loggers and more. "
                    + "Without Spring Security anyone who reaches the port can download a heap dump full of "
                    + "credentials or change log levels.",
            "Expose only what is needed (health, info, prometheus), or put the management port behind Spring "
                    + "Security and a separate network.",
            "management.endpoints.web.exposure.include: \"*\"",
            "management.endpoints.web.exposure.include: health,info,prometheus");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        if (project.hasSecurity()) {
            return;
        }
        for (ConfigSet set : project.configs()) {
            set.get("management.endpoints.web.exposure.include").ifPresent(p -> {
                if (Arrays.stream(p.value().split(",")).map(String::strip).anyMatch("*"::equals)) {
                    Locations.at(p, sink, this, "every Actuator endpoint is exposed over HTTP and nothing secures them");
                }
            });
        }
    }
}
