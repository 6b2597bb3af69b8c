package dev.stratum.audit.monitoring;

import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.audit.Syntax;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;

/** MO005: System.out/System.err instead of a logger (outside main methods). */
public final class SystemOutCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("MO005", AuditArea.MONITORING, Severity.LOW,
            "System.out or System.err instead of a logger",
            "Console prints have no level, no timestamp, no logger name and no trace id, cannot be filtered or "
                    + "shipped as structured logs, and block on a full pipe.",
            "Use an SLF4J logger: private static final Logger log = LoggerFactory.getLogger(X.class);",
            "System.out.println(\"order created \" + id);",
            "log.info(\"order created {}\", id);")
            .scope("print, println and printf calls on System.out or System.err (written as System.x) outside a "
                            + "static method named main.",
                    "A PrintStream kept in a variable or field (PrintStream out = System.out), statically imported "
                            + "out/err, java.lang.System written in full, format/write/append calls, "
                            + "System.console(); a command-line tool or CommandLineRunner whose console output is "
                            + "its job is reported too.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("System.")) {
            return;
        }
        for (MethodCallExpr call : file.all(MethodCallExpr.class)) {
            if (!call.getNameAsString().startsWith("print") || call.getScope().isEmpty()
                    || !(call.getScope().get() instanceof FieldAccessExpr f) || !(f.getScope() instanceof NameExpr n)
                    || !n.getNameAsString().equals("System")
                    || !(f.getNameAsString().equals("out") || f.getNameAsString().equals("err"))) {
                continue;
            }
            boolean inMain = Syntax.enclosingMethod(call).map(m -> m.getNameAsString().equals("main") && m.isStatic()).orElse(false);
            if (!inMain) {
                sink.report(this, call, "System." + f.getNameAsString() + "." + call.getNameAsString() + " instead of a logger");
            }
        }
    }
}
