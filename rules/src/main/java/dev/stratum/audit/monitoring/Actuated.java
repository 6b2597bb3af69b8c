package dev.stratum.audit.monitoring;

import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.build.BootVersion;

/** The monitoring checks that refine Actuator only apply to web services that have it. */
final class Actuated {
    private Actuated() {
    }

    static boolean applies(ProjectModel project) {
        return project.isSpringBoot() && project.isWebApp() && hasActuator(project);
    }

    static boolean hasActuator(ProjectModel project) {
        var deps = project.dependencies();
        return deps.has("spring-boot-actuator") || deps.has("spring-boot-starter-actuator");
    }

    /** Major version of Spring Boot, or 0 when unknown (missing or malformed). */
    static int bootMajor(ProjectModel project) {
        return project.dependencies().bootVersion().map(BootVersion::major).orElse(0);
    }
}
