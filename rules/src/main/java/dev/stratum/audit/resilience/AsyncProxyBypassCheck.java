package dev.stratum.audit.resilience;

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
import java.util.HashSet;
import java.util.Set;

/** RE010: @Async where Spring's proxy cannot apply it: private/final/static methods, or calls from the same class. */
public final class AsyncProxyBypassCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("RE010", AuditArea.RESILIENCE, Severity.MEDIUM,
            "@Async on a private method or called from its own class",
            "@Async works through a proxy: a private, final or static method, or a call from inside the same bean "
                    + "(this.send(..)), runs synchronously on the caller's thread. The request that was meant to "
                    + "return at once waits for the e-mail, the export or the remote call, and its failures "
                    + "surface in the caller.",
            "Make the method public and call it from another bean (move it to a dedicated component), or submit "
                    + "the work to an injected TaskExecutor explicitly.",
            "public void register(User u) { save(u); sendWelcome(u); }\n@Async void sendWelcome(User u) { ... }",
            "public void register(User u) { save(u); mailer.sendWelcome(u); } // Mailer is another bean")
            .scope("Methods annotated @Async and the calls to them without a receiver (or on this) in the same class.",
                    "Self-invocation through an injected self reference or ApplicationContext (works, not reported), "
                            + "AspectJ weaving mode (where self-calls do work).");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("Async")) {
            return;
        }
        for (ClassOrInterfaceDeclaration type : file.all(ClassOrInterfaceDeclaration.class)) {
            Set<String> async = new HashSet<>();
            for (MethodDeclaration m : type.getMethods()) {
                if (!Syntax.annotated(m, "Async")) {
                    continue;
                }
                String why = m.isPrivate() ? "private" : m.isStatic() ? "static" : m.isFinal() ? "final" : null;
                if (why != null) {
                    sink.report(this, m.getName(), "@Async on " + why + " method '" + m.getNameAsString()
                            + "' is ignored: it runs on the caller's thread");
                } else {
                    async.add(m.getNameAsString() + "/" + m.getParameters().size());
                }
            }
            if (async.isEmpty() || Syntax.annotated(type, "Async")) {
                continue;
            }
            for (MethodCallExpr call : type.findAll(MethodCallExpr.class)) {
                boolean own = call.getScope().isEmpty() || call.getScope().get() instanceof ThisExpr;
                if (own && async.contains(call.getNameAsString() + "/" + call.getArguments().size())
                        && Syntax.enclosingClass(call).orElse(null) == type) {
                    sink.report(this, call, "'" + call.getNameAsString() + "' is @Async but called from its own class "
                            + type.getNameAsString() + ", so it runs synchronously");
                }
            }
        }
    }
}
