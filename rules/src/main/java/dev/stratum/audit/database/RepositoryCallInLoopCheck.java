package dev.stratum.audit.database;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Premise;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.audit.Syntax;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.Optional;

/** DB004: a repository call per loop iteration (N+1 queries). */
public final class RepositoryCallInLoopCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("DB004", AuditArea.DATABASE, Severity.MEDIUM,
            "Repository call inside a loop (N+1 queries)",
            "One query per element turns a page of 100 items into 101 round trips; latency grows with the data "
                    + "and the connection pool drains under load.",
            "Load in one query (findAllById, a JOIN FETCH or @EntityGraph query, saveAll), then work in memory.",
            "for (Long id : ids) { result.add(customers.findById(id).orElseThrow()); }",
            "List<Customer> result = customers.findAllById(ids);");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("for") && !file.mentions("while") && !file.mentions("forEach")) {
            return;
        }
        for (MethodCallExpr call : file.all(MethodCallExpr.class)) {
            if (!Syntax.inLoop(call)) {
                continue;
            }
            Optional<String> type = Syntax.receiverType(call);
            if (type.isPresent() && !type.get().equals("var")) {
                sink.reportIf(new Premise.RepositoryReceiver(type.get()), this, call, "repository call " + type.get() + "."
                        + call.getNameAsString() + "(..) inside a loop runs one query per element");
            }
        }
    }

    @Override
    public boolean confirm(Premise premise, ProjectModel project) {
        return premise instanceof Premise.RepositoryReceiver r && project.types().isRepository(r.type());
    }
}
