package dev.stratum.audit.database;

import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.body.CallableDeclaration;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Premise;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.audit.Syntax;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * DB009: SQL or JPQL built by string concatenation and passed to a query API (injection). Not reported when every
 * concatenated value is a number, a boolean or an enum constant (known from the file, or from the project model).
 */
public final class ConcatenatedQueryCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("DB009", AuditArea.DATABASE, Severity.HIGH,
            "SQL or JPQL built by string concatenation",
            "Concatenating values into a query lets input rewrite it (SQL/JPQL injection) and defeats the "
                    + "database's statement cache.",
            "Use bind parameters (:name or ?) and pass the values separately; for dynamic ORDER BY, map the "
                    + "user's choice to a fixed list of columns.",
            "em.createQuery(\"select c from Customer c where c.name = '\" + name + \"'\")",
            "em.createQuery(\"select c from Customer c where c.name = :name\").setParameter(\"name\", name)")
            .scope("string concatenation passed to JPA, JDBC and Hibernate query methods (directly or through a local variable) and the declared types of the concatenated values, resolved in the file and then in the project model (fields, no-argument getters, enums)",
                    "values whose type comes from a library method or a chain the model cannot type (treated as text, so reported); a query built across methods or with StringBuilder");

    private static final Set<String> QUERY_METHODS = Set.of("createQuery", "createNativeQuery", "query",
            "queryForObject", "queryForList", "queryForMap", "queryForRowSet", "queryForStream", "update", "execute",
            "batchUpdate", "executeQuery", "executeUpdate", "executeLargeUpdate", "prepareStatement", "prepareCall",
            "addBatch", "sql", "createSQLQuery", "createSelectionQuery", "createMutationQuery");
    private static final Pattern SQL = Pattern.compile(
            "\\b(select\\s.+\\sfrom|insert\\s+into|update\\s+\\w+\\s+set|delete\\s+from|where\\s|order\\s+by)", Pattern.DOTALL);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        for (MethodCallExpr call : file.all(MethodCallExpr.class)) {
            if (!QUERY_METHODS.contains(call.getNameAsString()) || call.getArguments().isEmpty()) {
                continue;
            }
            Optional<Expression> built = concatenation(call.getArgument(0));
            if (built.isEmpty() || !looksLikeSql(built.get())) {
                continue;
            }
            List<Expression> values = valueOperands(built.get());
            if (values.isEmpty()) {
                continue;
            }
            QueryOperands.Verdict verdict = QueryOperands.of(values);
            String message = "query passed to " + call.getNameAsString()
                    + "(..) is built by string concatenation; use bind parameters";
            if (verdict.unsafe()) {
                sink.report(this, call, message);
            } else if (!verdict.pending().isEmpty()) {
                sink.reportIf(new Premise.ValueOperands(verdict.pending()), this, call, message);
            }
        }
    }

    /** The concatenation itself, or the initializer of a local variable it was assigned to. */
    private static Optional<Expression> concatenation(Expression arg) {
        if (Syntax.concatenatesNonConstant(arg)) {
            return Optional.of(arg);
        }
        if (arg instanceof NameExpr name) {
            Optional<CallableDeclaration> callable = arg.findAncestor(CallableDeclaration.class);
            if (callable.isPresent()) {
                for (VariableDeclarator v : callable.get().findAll(VariableDeclarator.class)) {
                    if (v.getNameAsString().equals(name.getNameAsString()) && v.getInitializer().isPresent()
                            && Syntax.concatenatesNonConstant(v.getInitializer().get())) {
                        return v.getInitializer();
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean looksLikeSql(Expression concat) {
        StringBuilder literal = new StringBuilder();
        collect(concat, literal);
        return SQL.matcher(literal.toString().toLowerCase(Locale.ROOT)).find();
    }

    /**
     * Whether a non-constant operand sits where a value goes (after '=', a quote, LIKE, IN (, a comma) or after
     * ORDER BY, rather than where an identifier goes (after FROM, JOIN, a dot): frameworks build queries from
     * entity and property names, which is not injection.
     */
    static boolean valueConcatenated(Expression concat) {
        return !valueOperands(concat).isEmpty();
    }

    /** The non-constant operands in value positions; empty when only identifiers are concatenated. */
    static List<Expression> valueOperands(Expression concat) {
        List<Expression> operands = new ArrayList<>();
        List<Expression> values = new ArrayList<>();
        flatten(concat, operands);
        StringBuilder before = new StringBuilder();
        for (Expression e : operands) {
            if (e instanceof StringLiteralExpr s) {
                before.append(s.asString());
                continue;
            }
            boolean constant = e instanceof com.github.javaparser.ast.expr.NameExpr n && Syntax.isConstantName(n.getNameAsString())
                    || e instanceof com.github.javaparser.ast.expr.FieldAccessExpr f && Syntax.isConstantName(f.getNameAsString())
                    || e.isLiteralExpr();
            String prefix = before.toString().toLowerCase(Locale.ROOT).stripTrailing();
            if (!constant && (prefix.isEmpty() || VALUE_POSITION.matcher(prefix).find())) {
                values.add(e);
            }
            before.append(" x ");
        }
        return values;
    }

    /** Holds unless every concatenated value turns out to be a number, a boolean or an enum constant. */
    @Override
    public boolean confirm(Premise premise, ProjectModel project) {
        return !(premise instanceof Premise.ValueOperands v) || !QueryOperands.allValues(v.operands(), project.types());
    }

    private static final Pattern VALUE_POSITION = Pattern.compile(
            "(=|<|>|'|\\blike|\\bin\\s*\\(|\\(|,|\\border\\s+by|\\blimit|\\boffset|\\bvalues\\s*\\(|\\bthen|\\belse|\\band|\\bor|\\bnot)$");

    private static void flatten(Expression e, List<Expression> out) {
        if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            flatten(b.getLeft(), out);
            flatten(b.getRight(), out);
        } else if (e.isEnclosedExpr()) {
            flatten(e.asEnclosedExpr().getInner(), out);
        } else {
            out.add(e);
        }
    }

    private static void collect(Expression e, StringBuilder out) {
        if (e instanceof StringLiteralExpr s) {
            out.append(s.asString()).append(' ');
        } else if (e instanceof BinaryExpr b) {
            collect(b.getLeft(), out);
            collect(b.getRight(), out);
        } else if (e.isEnclosedExpr()) {
            collect(e.asEnclosedExpr().getInner(), out);
        } else {
            out.append(" x ");
        }
    }
}
