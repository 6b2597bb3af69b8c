package dev.stratum.audit.security;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.model.TypeKind;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Locations;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.Map;

/** SE003: a web application (controllers or a server that serves HTTP by itself) with no Spring Security. */
public final class NoSpringSecurityCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("SE003", AuditArea.SECURITY, Severity.HIGH,
            "Web application without Spring Security",
            "Every endpoint is open to anyone who can reach the port: no authentication, no authorisation, no "
                    + "security headers. Network position is not an identity.",
            "Add spring-boot-starter-security (or the OAuth2 resource server starter) and a SecurityFilterChain that "
                    + "authenticates every request except health probes.",
            "<artifactId>spring-boot-starter-web</artifactId>  <!-- no security starter -->",
            "<artifactId>spring-boot-starter-oauth2-resource-server</artifactId>")
            .scope("Each Spring Boot application of the build on its own (a module with a @SpringBootApplication "
                            + "class or the Boot plugin; its dependencies include the parent pom's and those of the "
                            + "modules it uses): its controllers, or a server annotation that serves HTTP by itself "
                            + "(@EnableEurekaServer, @EnableConfigServer, @EnableHystrixDashboard, @EnableTurbineStream, "
                            + "@EnableZuulProxy, @EnableAdminServer), and whether Spring Security is on its class path "
                            + "or configured in its sources. Reported on the application's build file.",
                    "Security in front of the application (a gateway, a service mesh, a servlet filter written by "
                            + "hand), dependencies that only a resolved dependency graph shows, Gradle projects whose "
                            + "directory is remapped in settings.gradle.");

    /** Server annotations whose endpoints exist without any controller of the project, and what they serve. */
    private static final Map<String, String> SERVERS = Map.of(
            "EnableEurekaServer", "the Eureka registry",
            "EnableConfigServer", "every application's configuration",
            "EnableHystrixDashboard", "the Hystrix dashboard",
            "EnableTurbineStream", "the Turbine stream",
            "EnableTurbine", "the Turbine stream",
            "EnableZuulProxy", "proxied routes",
            "EnableAdminServer", "the Spring Boot Admin console");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel whole, FindingSink sink) {
        for (ProjectModel app : whole.applications()) {
            if (app.dependencies().isEmpty() || !app.isSpringBoot() || app.hasSecurity()) {
                continue;
            }
            String served = served(app);
            if (served != null) {
                Locations.atBuild(app, sink, this, served + " with no Spring Security on the classpath");
            }
        }
    }

    /** What the application serves over HTTP, or null when it shows no endpoint. */
    private static String served(ProjectModel app) {
        if (app.isWebApp() && app.types().hasKind(TypeKind.CONTROLLER)) {
            return "web controllers are served";
        }
        return SERVERS.entrySet().stream().filter(e -> app.types().hasAnnotation(e.getKey()))
                .map(e -> "@" + e.getKey() + " serves " + e.getValue()).sorted().findFirst().orElse(null);
    }
}
