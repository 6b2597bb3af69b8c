package dev.stratum.audit.database;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.audit.Syntax;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DB006: a derived finder filters on a column that no index in the migrations leads with. Only reported when
 * the migrations create the entity's table, so their index list is known to be complete.
 */
public final class FinderWithoutIndexCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("DB006", AuditArea.DATABASE, Severity.MEDIUM,
            "Finder on a column with no index",
            "A derived query such as findByEmail filters on a column that no index in the migrations starts with: "
                    + "every call scans the whole table, which is fine with 100 rows and a timeout with 10 million.",
            "Add an index in a new migration (CREATE INDEX idx_customer_email ON customer (email)), or a unique "
                    + "constraint if the value is unique.",
            "Optional<Customer> findByEmail(String email);  // no index on customer.email",
            "-- V7__index_customer_email.sql\nCREATE UNIQUE INDEX ux_customer_email ON customer (email);");

    private static final Pattern FINDER = Pattern.compile(
            "^(?:find|read|get|query|search|stream|count|exists)(?:First\\d*|Top\\d*|Distinct|All)*By([A-Z]\\w*)$");
    private static final Pattern OPERATOR = Pattern.compile(
            "(IgnoreCase|AllIgnoreCase|Is|Equals|In|Between|GreaterThan|GreaterThanEqual|LessThan|LessThanEqual|"
                    + "Before|After|StartingWith|StartsWith)$");
    private static final Set<String> UNINDEXABLE = Set.of("Containing", "Contains", "Like", "NotLike", "EndingWith",
            "EndsWith", "Not", "NotIn", "IsNot", "IsNull", "Null", "IsNotNull", "NotNull", "True", "False", "IsTrue",
            "IsFalse", "Regex", "Matches", "Empty", "IsEmpty", "NotEmpty", "IsNotEmpty", "Exists", "NotContaining");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("By")) {
            return;
        }
        for (ClassOrInterfaceDeclaration type : file.all(ClassOrInterfaceDeclaration.class)) {
            Optional<String> entity = entityOf(type);
            if (entity.isEmpty()) {
                continue;
            }
            for (MethodDeclaration m : type.getMethods()) {
                if (Syntax.annotated(m, Set.of("Query", "NativeQuery"))) {
                    continue;
                }
                property(m.getNameAsString()).ifPresent(p -> sink.reportIf("noindex:" + entity.get() + "." + p, this,
                        m.getName(), m.getNameAsString() + " filters on " + entity.get() + "." + p
                                + ", which no index in the migrations covers"));
            }
        }
    }

    /** The leading property of a derived query, or empty if it cannot use an index anyway. */
    static Optional<String> property(String method) {
        Matcher m = FINDER.matcher(method);
        if (!m.matches()) {
            return Optional.empty();
        }
        String criteria = m.group(1).split("OrderBy")[0];
        String first = criteria.split("(?<=[a-z0-9])(?:And|Or)(?=[A-Z])")[0];
        for (String op : UNINDEXABLE) {
            if (first.endsWith(op) && first.length() > op.length()) {
                return Optional.empty();
            }
        }
        String prop = first;
        Matcher op = OPERATOR.matcher(prop);
        while (op.find() && op.start() > 0) {
            prop = prop.substring(0, op.start());
            op = OPERATOR.matcher(prop);
        }
        if (prop.isEmpty() || prop.contains("_")) {
            return Optional.empty();
        }
        return Optional.of(Character.toLowerCase(prop.charAt(0)) + prop.substring(1));
    }

    private static Optional<String> entityOf(ClassOrInterfaceDeclaration type) {
        if (!type.isInterface()) {
            return Optional.empty();
        }
        for (ClassOrInterfaceType base : type.getExtendedTypes()) {
            if (base.getNameAsString().endsWith("Repository") && base.getTypeArguments().map(a -> !a.isEmpty()).orElse(false)) {
                return Optional.of(Syntax.typeName(base.getTypeArguments().get().get(0)));
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean confirm(String condition, ProjectModel project) {
        String[] ef = condition.substring("noindex:".length()).split("\\.", 2);
        var index = project.index();
        Optional<String> table = index.table(ef[0]);
        if (table.isEmpty() || !project.migrations().knowsTable(table.get()) || index.isId(ef[0], ef[1])) {
            return false;
        }
        Optional<String> column = index.column(ef[0], ef[1]);
        if (column.isEmpty() && ef[1].endsWith("Id") && ef[1].length() > 2) {
            column = index.column(ef[0], ef[1].substring(0, ef[1].length() - 2));
        }
        return column.isPresent() && !project.migrations().isIndexed(table.get(), column.get());
    }
}
