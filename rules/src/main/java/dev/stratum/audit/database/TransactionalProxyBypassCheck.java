package dev.stratum.audit.database;

import com.github.javaparser.ast.body.MethodDeclaration;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.audit.Syntax;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;

/** DB011: @Transactional where Spring's proxy cannot apply it. */
public final class TransactionalProxyBypassCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("DB011", AuditArea.DATABASE, Severity.MEDIUM,
            "@Transactional on a private, final or static method",
            "Transactions are applied by a proxy that cannot intercept private, final or static methods: the "
                    + "annotation is ignored, the writes run without a transaction and partial failures are not "
                    + "rolled back.",
            "Put @Transactional on a public method of a Spring bean that is called from another bean.",
            "@Transactional\nprivate void transfer(Account from, Account to, long cents) { ... }",
            "@Transactional\npublic void transfer(Account from, Account to, long cents) { ... }")
            .scope("Methods annotated @Transactional (Spring's or jakarta.transaction's, by simple name) and whether "
                            + "they are private, static or final.",
                    "Composed annotations meta-annotated with @Transactional, methods missing from the interface of "
                            + "a JDK-proxied bean, classes that are not Spring beans, calls from the same class "
                            + "(DB015); in AspectJ mode such methods are woven and work, but are still reported.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("Transactional")) {
            return;
        }
        for (MethodDeclaration m : file.all(MethodDeclaration.class)) {
            if (!Syntax.annotated(m, "Transactional")) {
                continue;
            }
            String why = m.isPrivate() ? "private" : m.isStatic() ? "static" : m.isFinal() ? "final" : null;
            if (why != null) {
                sink.report(this, m.getName(), "@Transactional on " + why + " method '" + m.getNameAsString()
                        + "' is ignored: it runs without a transaction");
            }
        }
    }
}
