package dev.stratum.audit.database;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spring Data's derived-query grammar (its PartTree): a prefix ({@code find|read|get|query|search|stream|count|
 * exists|delete|remove}), an optional subject ({@code First10}, {@code Top}, {@code Distinct}, {@code One},
 * {@code Customers}...), {@code By}, then criteria joined by {@code And}/{@code Or}, each a property and an operator.
 */
public final class FinderGrammar {
    /** Spring Data's PartTree: a query prefix, any subject (First10, Distinct, Customers, ...), then By and criteria. */
    private static final Pattern FINDER = Pattern.compile(
            "^(?:find|read|get|query|search|stream|count|exists|delete|remove)(?:\\p{Lu}\\w*?)??By(\\p{Lu}\\w*)$");
    /** Derived query names are short; a longer one is not worth a quadratic match. */
    private static final int MAX_NAME = 256;
    private static final Pattern OPERATOR = Pattern.compile(
            "(IgnoreCase|AllIgnoreCase|Is|Equals|In|Between|GreaterThan|GreaterThanEqual|LessThan|LessThanEqual|"
                    + "Before|After|StartingWith|StartsWith)$");
    private static final Set<String> UNINDEXABLE = Set.of("Containing", "Contains", "Like", "NotLike", "EndingWith",
            "EndsWith", "Not", "NotIn", "IsNot", "IsNull", "Null", "IsNotNull", "NotNull", "True", "False", "IsTrue",
            "IsFalse", "Regex", "Matches", "Empty", "IsEmpty", "NotEmpty", "IsNotEmpty", "Exists", "NotContaining");

    private FinderGrammar() {
    }

    /** The leading property of a derived query, or empty if it cannot use an index anyway. */
    public static Optional<String> leadingProperty(String method) {
        if (method.length() > MAX_NAME) {
            return Optional.empty();
        }
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
}
