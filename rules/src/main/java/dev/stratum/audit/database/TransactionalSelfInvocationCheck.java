package dev.stratum.audit.database;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.Annotations;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.audit.Syntax;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** DB015: a @Transactional method called from its own class, where the call does not get the transaction it asks for. */
public final class TransactionalSelfInvocationCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("DB015", AuditArea.DATABASE, Severity.MEDIUM,
            "@Transactional method called from its own class",
            "A call from inside the bean skips the transaction proxy: called from a method that has no transaction, "
                    + "the writes run without one (no rollback on failure); REQUIRES_NEW called from a transactional "
                    + "method does not start its own transaction, so an audit record meant to survive a rollback "
                    + "is rolled back with it.",
            "Call it through another bean (split the class), or make the calling method transactional as well "
                    + "when joining the same transaction is what you want.",
            "public void importAll(List<Row> rows) { for (Row r : rows) { importOne(r); } }\n"
                    + "@Transactional public void importOne(Row r) { ... }",
            "public void importAll(List<Row> rows) { rows.forEach(importer::importOne); } // another bean")
            .scope("@Transactional methods (and class-level @Transactional) of one class, their propagation, and "
                            + "the calls to them without a receiver (or on this) from methods of the same class.",
                    "Self-invocation through an injected self reference, TransactionTemplate use, AspectJ mode, "
                            + "method references passed to other objects.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("Transactional")) {
            return;
        }
        for (ClassOrInterfaceDeclaration type : file.all(ClassOrInterfaceDeclaration.class)) {
            boolean classLevel = Syntax.annotated(type, "Transactional");
            Map<String, MethodDeclaration> transactional = new HashMap<>();
            for (MethodDeclaration m : type.getMethods()) {
                if (Syntax.annotated(m, "Transactional") && !m.isPrivate() && !m.isStatic()) {
                    transactional.put(m.getNameAsString() + "/" + m.getParameters().size(), m);
                }
            }
            if (transactional.isEmpty()) {
                continue;
            }
            for (MethodCallExpr call : type.findAll(MethodCallExpr.class)) {
                boolean own = call.getScope().isEmpty() || call.getScope().get() instanceof ThisExpr;
                MethodDeclaration callee = own ? transactional.get(call.getNameAsString() + "/" + call.getArguments().size()) : null;
                Optional<MethodDeclaration> caller = Syntax.enclosingMethod(call);
                if (callee == null || caller.isEmpty() || caller.get() == callee
                        || Syntax.enclosingClass(call).orElse(null) != type) {
                    continue;
                }
                boolean callerTransactional = classLevel || Syntax.annotated(caller.get(), "Transactional");
                boolean requiresNew = callee.getAnnotationByName("Transactional").flatMap(a -> propagation(a))
                        .map(p -> p.endsWith("REQUIRES_NEW") || p.endsWith("NOT_SUPPORTED") || p.endsWith("NEVER"))
                        .orElse(false);
                if (!callerTransactional && caller.get().isPublic()) { // a private caller may run inside a transaction
                    sink.report(this, call, "'" + call.getNameAsString() + "' is @Transactional but called from "
                            + caller.get().getNameAsString() + "(..) of the same class, which has no transaction: "
                            + "it runs without one");
                } else if (requiresNew) {
                    sink.report(this, call, "'" + call.getNameAsString() + "' asks for its own propagation but is called "
                            + "from its own class: it joins the caller's transaction instead");
                }
            }
        }
    }

    private static Optional<String> propagation(AnnotationExpr a) {
        return Annotations.expression(a, "propagation").map(Object::toString);
    }
}
