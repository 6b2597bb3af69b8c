package dev.stratum.audit.monitoring;

import com.github.javaparser.ast.stmt.CatchClause;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import dev.stratum.audit.Syntax;
import java.util.List;
import java.util.Locale;

/** MO007: empty catch blocks with no comment saying why. */
public final class SwallowedExceptionCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("MO007", AuditArea.MONITORING, Severity.MEDIUM,
            "Swallowed exception",
            "An empty catch block hides the failure: no log, no metric, no error to the caller. The symptom shows "
                    + "up later, somewhere else, with no trace of the cause.",
            "Log it with context, rethrow it wrapped, or handle it. If ignoring is really right, name the variable "
                    + "'ignored' and say why in a comment.",
            "try { client.send(event); } catch (IOException e) { }",
            "try { client.send(event); } catch (IOException e) { log.warn(\"event {} not sent\", event.id(), e); }")
            .scope("catch blocks with no statement and no comment, unless the variable is named ignore*, expected or "
                            + "_, the type is a reflection probe (ClassNotFoundException, NoSuchMethodException, "
                            + "NoSuchFieldException, NoClassDefFoundError) or the catch sits in a loop body or a "
                            + "per-element lambda (forEach, map, filter...).",
                    "Catches that only return a default, log at debug or hold a lone ';'; any comment, whatever it "
                            + "says, and every empty catch in a loop (a polling loop swallowing all failures "
                            + "included) count as deliberate, while an uncommented empty catch that is right (a "
                            + "quiet close) is reported.");

    private static final List<String> PROBING = List.of("ClassNotFoundException", "NoSuchMethodException",
            "NoSuchFieldException", "NoClassDefFoundError");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("catch")) {
            return;
        }
        for (CatchClause c : file.all(CatchClause.class)) {
            String name = c.getParameter().getNameAsString().toLowerCase(Locale.ROOT);
            if (!c.getBody().getStatements().isEmpty() || !c.getBody().getAllContainedComments().isEmpty()
                    || !c.getBody().getOrphanComments().isEmpty() || name.startsWith("ignore") || name.equals("expected")
                    || name.equals("_")) {
                continue;
            }
            String type = c.getParameter().getType().asString();
            if (PROBING.stream().anyMatch(type::endsWith) || Syntax.inLoop(c)) {
                continue; // reflection probing and "try the next candidate" loops are deliberate
            }
            sink.report(this, c, "empty catch block swallows " + type);
        }
    }
}
