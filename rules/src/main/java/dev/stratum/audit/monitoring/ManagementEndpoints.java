package dev.stratum.audit.monitoring;

import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.config.ConfigProperty;
import dev.stratum.audit.config.ConfigSet;
import dev.stratum.audit.config.Placeholders;
import dev.stratum.audit.security.chain.SecurityChain;
import dev.stratum.audit.security.chain.SecurityChain.Access;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which Actuator endpoints one module serves over HTTP in production, where, and who may call them: from the
 * exposure settings ({@code management.endpoints.web.exposure.*}, per-endpoint switches), the management port and
 * base path, and the filter chains that cover each endpoint's path. Values set through placeholders count with
 * their defaults; a placeholder without a default makes the answer unknown (empty).
 */
record ManagementEndpoints(Set<String> exposed, Optional<ConfigProperty> include, String basePath, boolean ownPort) {
    /** Endpoints that give away secrets or control: reachable by anyone, they hurt. */
    static final Set<String> SENSITIVE = Set.of("env", "configprops", "beans", "heapdump", "threaddump", "loggers",
            "mappings", "conditions", "scheduledtasks", "caches", "shutdown", "sessions", "httpexchanges", "httptrace",
            "auditevents", "logfile", "quartz", "integrationgraph", "flyway", "liquibase", "startup", "jolokia", "sbom");
    /** Endpoints that publish metrics. */
    static final Set<String> METRICS = Set.of("prometheus", "metrics");
    /** What {@code *} exposes in every Boot application with Actuator (the others need a library or a bean). */
    private static final Set<String> ALWAYS = Set.of("beans", "caches", "conditions", "configprops", "env", "health",
            "heapdump", "info", "loggers", "mappings", "metrics", "scheduledtasks", "threaddump");

    static Optional<ManagementEndpoints> of(ProjectModel project, ConfigSet config) {
        Optional<ConfigProperty> include = config.get("management.endpoints.web.exposure.include");
        Optional<Set<String>> listed = include.isPresent() ? list(include.get().value())
                : Optional.of(Actuated.bootMajor(project) == 2 ? Set.of("health", "info") : Set.of("health"));
        if (listed.isEmpty()) {
            return Optional.empty();
        }
        Set<String> exposed = new LinkedHashSet<>();
        for (String id : listed.get()) {
            if (id.equals("*")) {
                exposed.addAll(ALWAYS);
                if (project.dependencies().has("micrometer-registry-prometheus")) {
                    exposed.add("prometheus");
                }
            } else {
                exposed.add(id);
            }
        }
        config.get("management.endpoints.web.exposure.exclude").flatMap(p -> list(p.value()))
                .ifPresent(exposed::removeAll);
        exposed.removeIf(id -> !enabled(config, id));
        Optional<String> base = value(config, "management.endpoints.web.base-path", "/actuator");
        Optional<String> port = value(config, "management.server.port", "");
        Optional<String> appPort = value(config, "server.port", "8080");
        if (base.isEmpty() || port.isEmpty() || appPort.isEmpty()) {
            return Optional.empty();
        }
        if (port.get().equals("-1")) {
            exposed.clear(); // no HTTP management endpoints at all
        }
        boolean ownPort = !port.get().isEmpty() && !port.get().equals(appPort.get());
        return Optional.of(new ManagementEndpoints(Set.copyOf(exposed), include, base.get(), ownPort));
    }

    /** The path an endpoint answers on (relative to the servlet context). */
    String path(ConfigSet config, String id) {
        String mapped = config.get("management.endpoints.web.path-mapping." + id).map(ConfigProperty::value).orElse(id);
        String base = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
        return base + "/" + mapped;
    }

    /** Who may call an endpoint: no Spring Security means anyone; Security without chains is Boot's locked default. */
    static Access access(ProjectModel project, String path, String id) {
        if (!project.hasSecurity()) {
            return Access.OPEN;
        }
        List<SecurityChain> chains = project.types().securityChains();
        if (chains.stream().noneMatch(c -> !c.ignoring())) {
            return chains.isEmpty() ? Access.PROTECTED
                    : SecurityChain.decideAll(chains, path, id) == Access.OPEN ? Access.OPEN : Access.PROTECTED;
        }
        return SecurityChain.decideAll(chains, path, id);
    }

    /** The first chain that decides a path, for messages. */
    static Optional<SecurityChain> decidingChain(ProjectModel project, String path, String id) {
        return project.types().securityChains().stream()
                .filter(c -> c.decide(path, id) != Access.NOT_COVERED).findFirst();
    }

    private static boolean enabled(ConfigSet config, String id) {
        Optional<String> access = config.get("management.endpoint." + id + ".access").flatMap(p -> known(p.value()));
        if (access.isPresent()) {
            return !access.get().equalsIgnoreCase("none");
        }
        Optional<String> on = config.get("management.endpoint." + id + ".enabled").flatMap(p -> known(p.value()));
        if (on.isPresent()) {
            return !on.get().equalsIgnoreCase("false");
        }
        if (id.equals("shutdown")) {
            return false; // off unless switched on
        }
        boolean offByDefault = config.get("management.endpoints.enabled-by-default").flatMap(p -> known(p.value()))
                .map("false"::equalsIgnoreCase).orElse(false)
                || config.get("management.endpoints.access.default").flatMap(p -> known(p.value()))
                .map("none"::equalsIgnoreCase).orElse(false);
        return !offByDefault;
    }

    private static Optional<String> value(ConfigSet config, String key, String fallback) {
        Optional<ConfigProperty> p = config.get(key);
        return p.isEmpty() ? Optional.of(fallback) : known(p.get().value());
    }

    private static Optional<String> known(String value) {
        return Placeholders.withDefaults(value).map(String::strip);
    }

    private static Optional<Set<String>> list(String value) {
        return known(value).map(v -> {
            Set<String> out = new LinkedHashSet<>();
            Arrays.stream(v.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).forEach(out::add);
            return out;
        });
    }
}
