package dev.stratum.audit;

import dev.stratum.audit.build.Dependency;
import dev.stratum.audit.config.ConfigProperty;
import java.util.Optional;

/** Where project checks point: a config line, a dependency declaration, or the build file's dependencies. */
public final class Locations {
    private Locations() {
    }

    /** Reports at the build file's dependency block; nothing is reported for a bare tree with no build file. */
    public static void atBuild(ProjectModel project, FindingSink sink, AuditCheck check, String message) {
        if (project.buildFile() != null) {
            sink.report(check, project.buildFile(), project.buildFileLine(), message);
        }
    }

    /** Reports at the declaration of the first of {@code artifacts} found, else at the build file. */
    public static void atDependency(ProjectModel project, FindingSink sink, AuditCheck check, String message,
                                    String... artifacts) {
        for (String a : artifacts) {
            Optional<Dependency> d = project.dependencies().find(a);
            if (d.isPresent()) {
                sink.report(check, d.get().file(), d.get().line(), message);
                return;
            }
        }
        atBuild(project, sink, check, message);
    }

    public static void at(ConfigProperty property, FindingSink sink, AuditCheck check, String message) {
        sink.report(check, property.file(), property.line(), message);
    }
}
