package dev.stratum.audit.caching;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Locations;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.model.CallGraph;
import dev.stratum.audit.model.CallSite;
import dev.stratum.audit.model.MethodInfo;
import dev.stratum.audit.model.ProjectTypes;
import dev.stratum.audit.model.TypeKind;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CA008: a web service whose controllers read from the database (a controller method reaches a repository query
 * through the typed call graph) with no cache anywhere.
 */
public final class NoCacheAbstractionCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("CA008", AuditArea.CACHING, Severity.LOW,
            "No cache abstraction in a data-backed web service",
            "Controllers read through repositories but the project has no cache at all (no @EnableCaching, no "
                    + "cache library). Hot, rarely-changing reads hit the database on every request.",
            "Enable Spring's cache abstraction with a bounded provider (Caffeine or Redis) and cache the hot "
                    + "read paths, with eviction on writes.",
            "<!-- spring-boot-starter-web + spring-boot-starter-data-jpa, no cache -->",
            "<artifactId>spring-boot-starter-cache</artifactId> + caffeine, @EnableCaching, @Cacheable on hot reads")
            .scope("A web application in which a controller method reaches a repository read through the typed "
                            + "call graph (directly or through services, interfaces to their project "
                            + "implementations): a call on a repository of the project named like a Spring Data "
                            + "query (find/read/get/query/search/stream/count/exists...) or a non-modifying @Query "
                            + "method; and any sign of caching: @EnableCaching or @Cacheable, caffeine, "
                            + "spring-data-redis, spring-context-support, cache-api, ehcache*, hazelcast*, "
                            + "infinispan* or cache2k* dependencies, or a Cache/CacheManager/LoadingCache type used "
                            + "in the sources that the project does not declare itself.",
                    "How hot those reads are and whether they are worth caching; reads the call graph cannot "
                            + "follow (lambdas, method references, a var whose type is not written) leave it silent; "
                            + "caching in front of the service (HTTP cache headers, a CDN, a gateway) or a map kept "
                            + "in a field; a library Cache type used in a project that also declares its own type "
                            + "of that name; caching in one module counts for the whole project.");

    /** Cache types of Spring, JCache, Caffeine and Guava, when the project declares no type of that name itself. */
    private static final Set<String> LIBRARY_TYPES = Set.of("Cache", "CacheManager", "LoadingCache");
    /** Spring Data's query prefixes: findAll, findById, findFirstByName, countByStatus, existsById, getReferenceById. */
    private static final Pattern READ =
            Pattern.compile("(?:find|read|get|query|search|stream|count|exists)(?:\\p{Lu}\\w*)?");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        var index = project.types();
        if (!project.isWebApp() || !index.hasKind(TypeKind.REPOSITORY) || !index.hasKind(TypeKind.CONTROLLER)
                || caches(project)) {
            return;
        }
        firstRead(index).ifPresent(read ->
                Locations.atBuild(project, sink, this, read + " and nothing in the project is cached"));
    }

    /** Any cache in the project: Spring's abstraction switched on, a cache library, or a library cache type used. */
    private static boolean caches(ProjectModel project) {
        var index = project.types();
        var deps = project.dependencies();
        return index.hasAnnotation("EnableCaching") || index.hasAnnotation("Cacheable")
                || deps.has("caffeine") || deps.has("spring-data-redis") || deps.has("spring-context-support")
                || deps.has("cache-api") || deps.hasPrefix("ehcache") || deps.hasPrefix("hazelcast")
                || deps.hasPrefix("infinispan") || deps.hasPrefix("cache2k")
                || LIBRARY_TYPES.stream().anyMatch(t -> index.hasType(t) && index.named(t).isEmpty());
    }

    /** "Controller.m() reads through Repo.find()" for the first controller method (file, line) reaching a read. */
    private static Optional<String> firstRead(ProjectTypes index) {
        List<CallGraph.Reached> reached = new ArrayList<>(
                new CallGraph(index).reachableFrom(t -> t.is(TypeKind.CONTROLLER)).values());
        reached.sort(Comparator.comparing((CallGraph.Reached r) -> r.entryType().file())
                .thenComparingInt(r -> r.entry().line())
                .thenComparing(r -> r.type().file()).thenComparingInt(r -> r.method().line()));
        for (CallGraph.Reached r : reached) {
            for (CallSite call : r.method().calls()) {
                Optional<String> repository = index.receiverType(r.method(), call).filter(index::isRepository);
                if (repository.isPresent() && isRead(index, r.method(), call)) {
                    String via = r.method() == r.entry() ? ""
                            : " (via " + r.type().name() + "." + r.method().name() + "())";
                    return Optional.of(r.entryType().name() + "." + r.entry().name() + "() reads through "
                            + repository.get() + "." + call.method() + "()" + via);
                }
            }
        }
        return Optional.empty();
    }

    /** A query by Spring Data's prefixes (findAll, countBy.., getReferenceById) or a non-modifying @Query method. */
    private static boolean isRead(ProjectTypes index, MethodInfo in, CallSite call) {
        if (READ.matcher(call.method()).matches()) {
            return true;
        }
        return index.callee(in, call).map(c -> c.method().annotated("Query") && !c.method().annotated("Modifying"))
                .orElse(false);
    }
}
