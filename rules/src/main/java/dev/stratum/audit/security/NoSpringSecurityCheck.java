package dev.stratum.audit.security;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.model.TypeKind;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Locations;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;

/** SE003: a web application with controllers and no Spring Security. */
public final class NoSpringSecurityCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("SE003", AuditArea.SECURITY, Severity.HIGH,
            "Web application without Spring Security",
            "Every endpoint is open to anyone who can reach the port: no authentication, no authorisation, no "
                    + "security headers. Network position is not an identity.",
            "Add spring-boot-starter-security (or the OAuth2 resource server starter) and a SecurityFilterChain that "
                    + "authenticates every request except health probes.",
            "<artifactId>spring-boot-starter-web</artifactId>  <!-- no security starter -->",
            "<artifactId>spring-boot-starter-oauth2-resource-server</artifactId>");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        if (project.dependencies().isEmpty() || !project.isSpringBoot() || !project.isWebApp()
                || !project.types().hasKind(TypeKind.CONTROLLER) || project.hasSecurity()) {
            return;
        }
        Locations.atBuild(project, sink, this, "web controllers are served with no Spring Security on the classpath");
    }
}
