package dev.stratum.audit.caching;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.audit.Syntax;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** CA002: a cached method called from its own class bypasses the cache proxy. */
public final class CacheSelfInvocationCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("CA002", AuditArea.CACHING, Severity.MEDIUM,
            "Cached method called from the same class",
            "Calls from inside a bean go straight to the target object, not through Spring's proxy, so a "
                    + "@Cacheable method called as this.method(..) is never cached (and @CacheEvict never evicts).",
            "Call the method through another bean (move it to a dedicated cache-backed component), or inject "
                    + "the bean's own proxy.",
            "public Order view(long id) { return load(id); }\n@Cacheable(\"orders\") public Order load(long id) { ... }",
            "public Order view(long id) { return orderCache.load(id); } // OrderCache is another bean")
            .scope("Non-private, non-static methods with @Cacheable/@CachePut/@CacheEvict/@Caching in a class, and "
                            + "calls without a receiver (or on this) from the same class to a method of the same "
                            + "name and argument count.",
                    "Calls from a subclass or superclass, methods whose cache annotation sits on an interface, "
                            + "method references (this::load); it matches by name and argument count only, so an "
                            + "uncached overload of the same arity is reported, and so is self-invocation in "
                            + "AspectJ mode, where it works.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("Cach")) {
            return;
        }
        for (ClassOrInterfaceDeclaration type : file.all(ClassOrInterfaceDeclaration.class)) {
            Map<String, Integer> cached = new HashMap<>();
            for (MethodDeclaration m : type.getMethods()) {
                if (Syntax.annotated(m, CacheableProxyBypassCheck.CACHE_ANNOTATIONS) && !m.isPrivate() && !m.isStatic()) {
                    cached.put(m.getNameAsString() + "/" + m.getParameters().size(), 1);
                }
            }
            if (cached.isEmpty()) {
                continue;
            }
            Set<String> keys = cached.keySet();
            for (MethodCallExpr call : type.findAll(MethodCallExpr.class)) {
                boolean own = call.getScope().isEmpty() || call.getScope().get() instanceof ThisExpr;
                if (own && keys.contains(call.getNameAsString() + "/" + call.getArguments().size())
                        && Syntax.enclosingClass(call).orElse(null) == type) {
                    sink.report(this, call, "'" + call.getNameAsString() + "' is cached but called from its own class "
                            + type.getNameAsString() + ", so the cache is bypassed");
                }
            }
        }
    }
}
