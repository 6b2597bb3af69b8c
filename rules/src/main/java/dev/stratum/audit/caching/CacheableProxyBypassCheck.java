package dev.stratum.audit.caching;

import com.github.javaparser.ast.body.MethodDeclaration;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.audit.Syntax;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.Set;

/** CA001: cache annotations on private, final or static methods are never seen by Spring's proxy. */
public final class CacheableProxyBypassCheck implements SourceCheck {
    static final Set<String> CACHE_ANNOTATIONS = Set.of("Cacheable", "CachePut", "CacheEvict", "Caching");
    static final RuleMeta META = new RuleMeta("CA001", AuditArea.CACHING, Severity.MEDIUM,
            "Cache annotation on a private, final or static method",
            "Spring applies @Cacheable, @CachePut and @CacheEvict through a proxy that only intercepts public, "
                    + "overridable instance methods. On a private, final or static method the annotation is silently "
                    + "ignored: every call hits the database and nothing is ever evicted.",
            "Make the method public and non-final (and non-static), or move it to another bean.",
            "@Cacheable(\"prices\")\nprivate Price price(String sku) { ... }",
            "@Cacheable(\"prices\")\npublic Price price(String sku) { ... }")
            .scope("Methods annotated @Cacheable, @CachePut, @CacheEvict or @Caching (by simple name) and whether "
                            + "they are private, static or final.",
                    "Composed annotations meta-annotated with a cache annotation, methods missing from the "
                            + "interface of a JDK-proxied bean, classes that are not Spring beans, calls from the "
                            + "same class (CA002); in AspectJ mode (@EnableCaching(mode = ASPECTJ)) such methods "
                            + "are woven and work, but are still reported.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("Cach")) {
            return;
        }
        for (MethodDeclaration m : file.all(MethodDeclaration.class)) {
            if (!Syntax.annotated(m, CACHE_ANNOTATIONS)) {
                continue;
            }
            String why = m.isPrivate() ? "private" : m.isStatic() ? "static" : m.isFinal() ? "final" : null;
            if (why != null) {
                sink.report(this, m.getName(), "cache annotation on " + why + " method '" + m.getNameAsString()
                        + "' is ignored by Spring's proxy");
            }
        }
    }
}
