package dev.stratum.audit.database;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Premise;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.audit.Syntax;
import dev.stratum.audit.model.ProjectType;
import dev.stratum.audit.model.ProjectTypes;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** DB012: a request parameter decides how many rows a query returns, with no upper bound. */
public final class UnboundedPageSizeCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("DB012", AuditArea.DATABASE, Severity.MEDIUM,
            "Client-controlled page size without an upper bound",
            "?size=10000000 makes one request load and serialise millions of rows: the heap fills, the database "
                    + "works for minutes and the connection is held all along. One careless or hostile client is "
                    + "enough.",
            "Bound the parameter (@Max(100) with @Validated, or Math.min(size, MAX_PAGE_SIZE)) or take a Pageable "
                    + "with spring.data.web.pageable.max-page-size set.",
            "@GetMapping List<Order> list(@RequestParam int size) { return orders.findAll(PageRequest.of(0, size)); }",
            "@GetMapping List<Order> list(@RequestParam @Max(100) int size) { ... }")
            .scope("Handler methods of controllers: numeric request parameters named like a page size "
                        + "(size, limit, pageSize, perPage, count, ...), their bean-validation bounds, and their use in "
                        + "PageRequest.of/Limit.of/setMaxResults/Stream.limit or MyBatis PageHelper.startPage/offsetPage, "
                        + "in the handler or in the project method it passes the parameter to (a service and its "
                        + "implementations, from the typed project model), when neither bounds it.",
                "A bound applied deeper than the method the handler calls, or to a parameter renamed on the way "
                        + "(the callee's parameter must be named like a page size too), Pageable parameters (Spring Data "
                        + "caps them at 2000 by default).");

    private static final Set<String> BOUNDS = Set.of("Max", "Range", "DecimalMax", "Size");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("Mapping")) {
            return;
        }
        for (MethodDeclaration m : file.all(MethodDeclaration.class)) {
            if (!Syntax.annotated(m, Syntax.HANDLER_ANNOTATIONS) || !Syntax.inController(m) || m.getBody().isEmpty()) {
                continue;
            }
            for (Parameter p : m.getParameters()) {
                String name = p.getNameAsString();
                if (!RowLimits.sizeParameter(p) || Syntax.annotated(p, BOUNDS)
                        || Syntax.annotated(p, Set.of("PathVariable", "RequestHeader", "RequestBody"))
                        || RowLimits.bounded(m, name)) {
                    continue;
                }
                String message = "request parameter '" + name + "' sets how many rows " + m.getNameAsString()
                        + "(..) loads, with no upper bound";
                if (RowLimits.limitsRows(m, name)) {
                    sink.report(this, p, message);
                } else {
                    passedOn(m, name).ifPresent(premise -> sink.reportIf(premise, this, p, message));
                }
            }
        }
    }

    /** The first project call the handler passes the parameter to, as a premise the callee must confirm. */
    private static Optional<Premise> passedOn(MethodDeclaration m, String name) {
        for (MethodCallExpr c : m.findAll(MethodCallExpr.class)) {
            List<Expression> args = c.getArguments();
            for (int i = 0; i < args.size(); i++) {
                if (args.get(i) instanceof NameExpr n && n.getNameAsString().equals(name)) {
                    Optional<String> receiver = Syntax.receiverType(c);
                    if (receiver.isPresent()) {
                        return Optional.of(new Premise.RowLimitArgument(receiver.get(), c.getNameAsString(), args.size(), i));
                    }
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean confirm(Premise premise, ProjectModel project) {
        if (!(premise instanceof Premise.RowLimitArgument r)) {
            return true;
        }
        ProjectTypes types = project.types();
        List<ProjectType> candidates = new ArrayList<>(types.named(r.type()));
        candidates.addAll(types.subtypesOf(r.type()));
        return candidates.stream().anyMatch(t -> t.method(r.method(), r.arguments())
                .filter(callee -> callee.unboundedRowLimits().contains(r.index())).isPresent());
    }
}
