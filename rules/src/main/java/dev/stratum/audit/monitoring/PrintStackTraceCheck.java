package dev.stratum.audit.monitoring;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;

/** MO006: printStackTrace() instead of logging the exception. */
public final class PrintStackTraceCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("MO006", AuditArea.MONITORING, Severity.LOW,
            "printStackTrace() instead of logging",
            "printStackTrace writes to stderr with no timestamp, level or request context; in a container it is "
                    + "often lost, and it never reaches the log pipeline or the error alerts.",
            "Log it: log.error(\"what failed\", e), or rethrow it wrapped with context.",
            "catch (IOException e) { e.printStackTrace(); }",
            "catch (IOException e) { log.error(\"could not read invoice {}\", id, e); }")
            .scope("Calls of printStackTrace() with no argument on any receiver.",
                    "printStackTrace(System.err) or onto a PrintWriter, an unqualified printStackTrace() inside a "
                            + "Throwable subclass, Thread.dumpStack(); it does not know the receiver's type, so an "
                            + "own method named printStackTrace() and calls in a main method are reported too.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("printStackTrace")) {
            return;
        }
        for (MethodCallExpr call : file.all(MethodCallExpr.class)) {
            if (call.getNameAsString().equals("printStackTrace") && call.getArguments().isEmpty() && call.getScope().isPresent()) {
                sink.report(this, call, "exception printed to stderr with printStackTrace() instead of logged");
            }
        }
    }
}
