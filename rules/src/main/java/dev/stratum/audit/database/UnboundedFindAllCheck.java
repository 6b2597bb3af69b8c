package dev.stratum.audit.database;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FactKeys;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.audit.Syntax;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.Optional;

/** DB003: repository findAll() without paging in a controller or a service a controller uses. */
public final class UnboundedFindAllCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("DB003", AuditArea.DATABASE, Severity.MEDIUM,
            "findAll() without paging reachable from a controller",
            "An endpoint that returns repository.findAll() loads the whole table into memory and serialises it. "
                    + "It works with test data and falls over when the table grows.",
            "Take a Pageable (findAll(PageRequest.of(page, size))) or a Slice, cap the page size, and return a page.",
            "@GetMapping(\"/orders\") List<Order> all() { return orders.findAll(); }",
            "@GetMapping(\"/orders\") Page<Order> all(Pageable page) { return orders.findAll(page); }");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("findAll()")) {
            return;
        }
        for (MethodCallExpr call : file.all(MethodCallExpr.class)) {
            if (!call.getNameAsString().equals("findAll") || !call.getArguments().isEmpty()) {
                continue;
            }
            Optional<String> receiver = Syntax.receiverType(call);
            Optional<ClassOrInterfaceDeclaration> owner = Syntax.enclosingClass(call);
            if (receiver.isEmpty() || owner.isEmpty()) {
                continue;
            }
            String message = receiver.get() + ".findAll() loads every row with no paging";
            if (Syntax.annotated(owner.get(), Syntax.CONTROLLER_ANNOTATIONS)) {
                sink.reportIf("repository:" + receiver.get(), this, call, message + " in a controller");
            } else if (Syntax.annotated(owner.get(), "Service")) {
                sink.reportIf("repository:" + receiver.get() + "|" + owner.get().getNameAsString(), this, call,
                        message + " in a service used by a controller");
            }
        }
    }

    @Override
    public boolean confirm(String condition, ProjectModel project) {
        String[] parts = condition.substring("repository:".length()).split("\\|");
        boolean repository = project.index().isRepository(parts[0]);
        return repository && (parts.length == 1 || project.index().has(FactKeys.CONTROLLER_INJECT, parts[1]));
    }
}
