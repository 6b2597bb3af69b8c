package dev.stratum.audit.caching;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.CacheNames;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Premise;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.audit.Syntax;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.Locale;
import java.util.Optional;

/**
 * CA003: a cache filled by a class that also changes the data, with no eviction anywhere in the project and no
 * TTL configured: readers see stale data until restart.
 */
public final class CacheNeverEvictedCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("CA003", AuditArea.CACHING, Severity.MEDIUM,
            "Cache written but never evicted",
            "The class caches reads and also changes the same data, but no @CacheEvict/@CachePut names the cache "
                    + "anywhere and no TTL is configured: after an update, readers get stale values until the "
                    + "process restarts.",
            "Add @CacheEvict (or @CachePut) for the cache on the methods that change the data, or configure a "
                    + "time-to-live for it.",
            "@Cacheable(\"customers\") public Customer find(long id) { ... }\npublic void rename(long id, String n) { ... }",
            "@Cacheable(\"customers\") public Customer find(long id) { ... }\n"
                    + "@CacheEvict(value = \"customers\", key = \"#id\") public void rename(long id, String n) { ... }")
            .scope("@Cacheable methods (literal value/cacheNames) of a class that also has a non-private method "
                            + "named save/update/delete/remove/create/rename/change/edit*; across the project: "
                            + "@CacheEvict/@CachePut naming the cache, any evict/evictIfPresent/invalidate call, and "
                            + "TTLs (entryTtl/expireAfterWrite/expireAfterAccess calls, "
                            + "spring.cache.redis.time-to-live, expireAfter in spring.cache.caffeine.spec).",
                    "Cache names from constants, @CacheConfig or @Caching, data changed by another class or by "
                            + "methods named otherwise (persist, add, approve), TTLs set by the environment; any "
                            + "eviction call or TTL anywhere counts for every cache, so another cache's TTL "
                            + "silences it, and a class whose writes touch unrelated data is reported.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("Cacheable")) {
            return;
        }
        for (ClassOrInterfaceDeclaration type : file.all(ClassOrInterfaceDeclaration.class)) {
            if (!changesData(type)) {
                continue;
            }
            for (MethodDeclaration m : type.getMethods()) {
                Optional<AnnotationExpr> cacheable = m.getAnnotationByName("Cacheable");
                if (cacheable.isEmpty()) {
                    continue;
                }
                for (String name : CacheNames.of(cacheable.get())) {
                    sink.reportIf(new Premise.UnevictedCache(name), this, cacheable.get(), "cache '" + name
                            + "' is filled here and the class changes its data, but nothing evicts it and no TTL is set");
                }
            }
        }
    }

    private static boolean changesData(ClassOrInterfaceDeclaration type) {
        for (MethodDeclaration m : type.getMethods()) {
            String n = m.getNameAsString().toLowerCase(Locale.ROOT);
            if (!m.isPrivate() && !Syntax.annotated(m, "Cacheable") && (n.startsWith("save") || n.startsWith("update")
                    || n.startsWith("delete") || n.startsWith("remove") || n.startsWith("create")
                    || n.startsWith("rename") || n.startsWith("change") || n.startsWith("edit"))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean confirm(Premise premise, ProjectModel project) {
        String name = ((Premise.UnevictedCache) premise).name();
        var index = project.types();
        return !index.cacheEvicted(name) && !index.cachePut(name)
                && !index.hasCall("evict") && !index.hasCall("evictIfPresent") && !index.hasCall("invalidate")
                && !CacheTtl.configured(project);
    }
}
