package dev.stratum.audit.database;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.stratum.audit.Syntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a method bounds the rows a query returns: a numeric parameter named like a page size, given to a row limit
 * ({@code PageRequest.of}, {@code Limit.of}, {@code setMaxResults}, {@code Stream.limit}, PageHelper's
 * {@code startPage}/{@code offsetPage}) with no {@code Math.min} or comparison bounding it in the method.
 */
public final class RowLimits {
    static final Set<String> SIZE_NAMES = Set.of("size", "limit", "pagesize", "perpage", "maxresults",
            "count", "top", "take", "max", "rows", "fetchsize");
    static final Set<String> NUMERIC = Set.of("int", "Integer", "long", "Long", "short", "Short");
    private static final Set<String> ROW_LIMITS = Set.of("of", "ofSize", "setMaxResults", "limit", "withPage",
            "setFetchSize", "maxResults", "startPage", "offsetPage");
    private static final Set<String> FACTORIES = Set.of("PageRequest", "Limit", "PageHelper", "PageMethod");

    private RowLimits() {
    }

    /** A numeric parameter named like a page size. */
    static boolean sizeParameter(Parameter p) {
        return SIZE_NAMES.contains(p.getNameAsString().toLowerCase(Locale.ROOT).replace("_", ""))
                && NUMERIC.contains(Syntax.typeName(p.getType()));
    }

    /** The indexes of the size parameters that {@code m} gives to a row limit without bounding them. */
    public static List<Integer> unboundedParameters(CallableDeclaration<?> m) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < m.getParameters().size(); i++) {
            Parameter p = m.getParameter(i);
            String name = p.getNameAsString();
            if (sizeParameter(p) && limitsRows(m, name) && !bounded(m, name)) {
                out.add(i);
            }
        }
        return out;
    }

    /** Math.min/clamp on the name, or a comparison of it in a condition. */
    static boolean bounded(Node m, String name) {
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

    /** The parameter itself is an argument of a row-limiting call (PageRequest.of(page, size), PageHelper.startPage(n, size)). */
    static boolean limitsRows(Node m, String name) {
        for (MethodCallExpr c : m.findAll(MethodCallExpr.class)) {
            String call = c.getNameAsString();
            boolean factory = call.equals("of") || call.equals("ofSize") || call.equals("startPage") || call.equals("offsetPage");
            if (ROW_LIMITS.contains(call) && c.getArguments().stream()
                    .anyMatch(a -> a instanceof NameExpr n && n.getNameAsString().equals(name))
                    && (!factory || c.getScope().map(s -> FACTORIES.stream().anyMatch(f -> s.toString().endsWith(f))).orElse(false))) {
                return true;
            }
        }
        return false;
    }

    private static boolean uses(Node n, String name) {
        return n.findFirst(NameExpr.class, e -> e.getNameAsString().equals(name)).isPresent();
    }
}
