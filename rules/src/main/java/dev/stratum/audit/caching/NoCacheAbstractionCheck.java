package dev.stratum.audit.caching;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.model.TypeKind;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Locations;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;

/** CA008: a web service reading from a database with no cache abstraction anywhere. */
public final class NoCacheAbstractionCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("CA008", AuditArea.CACHING, Severity.LOW,
            "No cache abstraction in a data-backed web service",
            "Controllers read through repositories but the project has no cache at all (no @EnableCaching, no "
                    + "cache library). Hot, rarely-changing reads hit the database on every request.",
            "Enable Spring's cache abstraction with a bounded provider (Caffeine or Redis) and cache the hot "
                    + "read paths, with eviction on writes.",
            "<!-- spring-boot-starter-web + spring-boot-starter-data-jpa, no cache -->",
            "<artifactId>spring-boot-starter-cache</artifactId> + caffeine, @EnableCaching, @Cacheable on hot reads")
            .scope("Whether the project is a web application with at least one repository and one controller type, "
                            + "and any sign of caching: @EnableCaching or @Cacheable, caffeine, spring-data-redis, "
                            + "spring-context-support, ehcache* or hazelcast* dependencies, or a "
                            + "Cache/CacheManager/LoadingCache type in the sources.",
                    "Whether controllers actually read through the repositories and how hot those reads are, "
                            + "caching in front of the service (HTTP cache headers, a CDN, a gateway) or a map kept "
                            + "in a field; any type named Cache (an own class included) and caching in one module "
                            + "count for the whole project.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        var index = project.types();
        var deps = project.dependencies();
        if (!project.isWebApp() || !index.hasKind(TypeKind.REPOSITORY) || !index.hasKind(TypeKind.CONTROLLER)) {
            return;
        }
        boolean caching = index.hasAnnotation("EnableCaching") || index.hasAnnotation("Cacheable")
                || deps.has("caffeine") || deps.has("spring-data-redis") || deps.has("spring-context-support")
                || deps.hasPrefix("ehcache") || deps.hasPrefix("hazelcast") || index.hasType("Cache")
                || index.hasType("CacheManager") || index.hasType("LoadingCache");
        if (!caching) {
            Locations.atBuild(project, sink, this, "controllers read through repositories and nothing is cached");
        }
    }
}
