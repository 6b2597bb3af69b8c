package dev.stratum.audit.database;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.audit.Syntax;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.Locale;
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
                        + "PageRequest.of/Limit.of/setMaxResults/Stream.limit in the same method.",
                "A bound applied in a service the value is passed to (the check stays silent when the parameter goes "
                        + "anywhere but a row limit), Pageable parameters (Spring Data caps them at 2000 by default).");

    private static final Set<String> SIZE_NAMES = Set.of("size", "limit", "pagesize", "perpage", "maxresults",
            "count", "top", "take", "max", "rows", "fetchsize");
    private static final Set<String> NUMERIC = Set.of("int", "Integer", "long", "Long", "short", "Short");
    private static final Set<String> BOUNDS = Set.of("Max", "Range", "DecimalMax", "Size");
    private static final Set<String> ROW_LIMITS = Set.of("of", "ofSize", "setMaxResults", "limit", "withPage",
            "setFetchSize", "maxResults");

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
                if (!SIZE_NAMES.contains(name.toLowerCase(Locale.ROOT).replace("_", ""))
                        || !NUMERIC.contains(Syntax.typeName(p.getType())) || Syntax.annotated(p, BOUNDS)
                        || Syntax.annotated(p, Set.of("PathVariable", "RequestHeader", "RequestBody"))) {
                    continue;
                }
                if (!bounded(m, name) && limitsRows(m, name)) {
                    sink.report(this, p, "request parameter '" + name + "' sets how many rows " + m.getNameAsString()
                            + "(..) loads, with no upper bound");
                }
            }
        }
    }

    /** Math.min/max on the name, or a comparison of it in a condition. */
    private static boolean bounded(MethodDeclaration m, String name) {
        for (MethodCallExpr c : m.findAll(MethodCallExpr.class)) {
            if ((c.getNameAsString().equals("min") || c.getNameAsString().equals("clamp")) && uses(c, name)) {
                return true;
            }
        }
        for (BinaryExpr b : m.findAll(BinaryExpr.class)) {
            BinaryExpr.Operator op = b.getOperator();
            if ((op == BinaryExpr.Operator.GREATER || op == BinaryExpr.Operator.GREATER_EQUALS
                    || op == BinaryExpr.Operator.LESS || op == BinaryExpr.Operator.LESS_EQUALS) && uses(b, name)) {
                return true;
            }
        }
        return m.findFirst(ConditionalExpr.class, c -> uses(c.getCondition(), name)).isPresent();
    }

    /** The parameter itself is an argument of a row-limiting call (PageRequest.of(page, size), query.setMaxResults(n)). */
    private static boolean limitsRows(MethodDeclaration m, String name) {
        for (MethodCallExpr c : m.findAll(MethodCallExpr.class)) {
            if (ROW_LIMITS.contains(c.getNameAsString()) && c.getArguments().stream()
                    .anyMatch(a -> a instanceof NameExpr n && n.getNameAsString().equals(name))
                    && (!c.getNameAsString().equals("of") && !c.getNameAsString().equals("ofSize")
                    || c.getScope().map(s -> s.toString().endsWith("PageRequest") || s.toString().endsWith("Limit")).orElse(false))) {
                return true;
            }
        }
        return false;
    }

    private static boolean uses(Node n, String name) {
        return n.findFirst(NameExpr.class, e -> e.getNameAsString().equals(name)).isPresent();
    }
}
