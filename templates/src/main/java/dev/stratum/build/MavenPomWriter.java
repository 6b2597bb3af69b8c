package dev.stratum.build;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link BuildModel} as pom.xml, laid out like a hand-written pom (and like Spring Initializr's): parent,
 * coordinates, name and description, properties, dependencies (compile, runtime, provided, test; declaration order
 * inside a scope), dependencyManagement, build plugins, profiles, repositories. Two-space indent, '\n' line ends,
 * a blank line between sections; the same model always gives the same bytes. Empty sections are left out.
 */
public final class MavenPomWriter {
    private static final Comparator<Dependency> BY_SCOPE = Comparator.comparing(Dependency::scope);

    public String write(BuildModel build) {
        PomXml xml = new PomXml();
        xml.line("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        xml.openTag("<project xmlns=\"http://maven.apache.org/POM/4.0.0\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                + "         xsi:schemaLocation=\"http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd\">");
        xml.element("modelVersion", "4.0.0");
        if (build.parent() != null) {
            xml.blank().open("parent");
            coordinates(xml, build.parent());
            xml.element("relativePath", "");
            xml.close("parent");
        }
        xml.blank();
        coordinates(xml, build.project());
        xml.optional("packaging", build.packaging());
        xml.optional("name", build.name());
        xml.optional("description", build.description());
        properties(xml.blankIf(!build.properties().isEmpty()), build.properties());
        dependencies(xml.blankIf(!build.dependencies().isEmpty()), build.dependencies());
        if (!build.boms().isEmpty()) {
            xml.blank().open("dependencyManagement").open("dependencies");
            for (Bom bom : build.boms()) {
                xml.comment(bom.comment()).open("dependency");
                coordinates(xml, bom.coordinates());
                xml.element("type", "pom").element("scope", "import").close("dependency");
            }
            xml.close("dependencies").close("dependencyManagement");
        }
        if (!build.plugins().isEmpty()) {
            xml.blank().open("build");
            plugins(xml, build.plugins());
            xml.close("build");
        }
        if (!build.profiles().isEmpty()) {
            xml.blank().open("profiles");
            build.profiles().forEach(p -> profile(xml, p));
            xml.close("profiles");
        }
        if (!build.repositories().isEmpty()) {
            xml.blank().open("repositories");
            build.repositories().forEach(r -> repository(xml, r));
            xml.close("repositories");
        }
        xml.close("project");
        return xml.text();
    }

    private static void coordinates(PomXml xml, Coordinates c) {
        xml.element("groupId", c.groupId()).element("artifactId", c.artifactId()).optional("version", c.version());
    }

    private static void properties(PomXml xml, Map<String, String> properties) {
        if (!properties.isEmpty()) {
            xml.open("properties");
            properties.forEach(xml::element);
            xml.close("properties");
        }
    }

    private static void dependencies(PomXml xml, List<Dependency> dependencies) {
        if (dependencies.isEmpty()) {
            return;
        }
        xml.open("dependencies");
        for (Dependency d : dependencies.stream().sorted(BY_SCOPE).toList()) {
            xml.comment(d.comment()).open("dependency");
            coordinates(xml, d.coordinates());
            if (d.scope() != DependencyScope.COMPILE) {
                xml.element("scope", d.scope().xml());
            }
            if (d.optional()) {
                xml.element("optional", "true");
            }
            if (!d.exclusions().isEmpty()) {
                xml.open("exclusions");
                for (Exclusion e : d.exclusions()) {
                    xml.open("exclusion").element("groupId", e.groupId()).element("artifactId", e.artifactId()).close("exclusion");
                }
                xml.close("exclusions");
            }
            xml.close("dependency");
        }
        xml.close("dependencies");
    }

    private static void plugins(PomXml xml, List<Plugin> plugins) {
        xml.open("plugins");
        for (Plugin p : plugins) {
            xml.comment(p.comment()).open("plugin");
            coordinates(xml, p.coordinates());
            configuration(xml, p.configuration());
            if (!p.executions().isEmpty()) {
                xml.open("executions");
                for (Execution e : p.executions()) {
                    xml.open("execution").element("id", e.id()).optional("phase", e.phase());
                    if (!e.goals().isEmpty()) {
                        xml.open("goals");
                        e.goals().forEach(g -> xml.element("goal", g));
                        xml.close("goals");
                    }
                    configuration(xml, e.configuration());
                    xml.close("execution");
                }
                xml.close("executions");
            }
            xml.close("plugin");
        }
        xml.close("plugins");
    }

    private static void configuration(PomXml xml, Config.Group configuration) {
        if (!configuration.isEmpty()) {
            element(xml, "configuration", configuration);
        }
    }

    private static void element(PomXml xml, String name, Config value) {
        if (value instanceof Config.Text text) {
            xml.element(name, text.value());
        } else if (value instanceof Config.Repeated repeated) {
            repeated.values().forEach(v -> element(xml, name, v));
        } else if (value instanceof Config.Group group && !group.isEmpty()) {
            xml.open(name);
            group.elements().forEach((child, v) -> element(xml, child, v));
            xml.close(name);
        } else {
            xml.element(name, "");
        }
    }

    private static void profile(PomXml xml, Profile profile) {
        xml.open("profile").element("id", profile.id());
        Activation a = profile.activation();
        if (a != null) {
            xml.open("activation");
            if (a.activeByDefault()) {
                xml.element("activeByDefault", "true");
            }
            xml.optional("jdk", a.jdk());
            if (a.os() != null) {
                xml.open("os").optional("name", a.os().name()).optional("family", a.os().family())
                        .optional("arch", a.os().arch()).optional("version", a.os().version()).close("os");
            }
            if (a.property() != null) {
                xml.open("property").element("name", a.property().name()).optional("value", a.property().value())
                        .close("property");
            }
            if (a.file() != null) {
                xml.open("file").optional("exists", a.file().exists()).optional("missing", a.file().missing())
                        .close("file");
            }
            xml.close("activation");
        }
        properties(xml, profile.properties());
        dependencies(xml, profile.dependencies());
        if (!profile.plugins().isEmpty()) {
            xml.open("build");
            plugins(xml, profile.plugins());
            xml.close("build");
        }
        xml.close("profile");
    }

    private static void repository(PomXml xml, Repository r) {
        xml.open("repository").element("id", r.id()).optional("name", r.name()).element("url", r.url());
        if (r.snapshots()) {
            xml.open("snapshots").element("enabled", "true").close("snapshots");
        }
        xml.close("repository");
    }
}
