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
            "<artifactId>spring-boot-starter-cache</artifactId> + caffeine, @EnableCaching, @Cacheable on hot reads");

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
