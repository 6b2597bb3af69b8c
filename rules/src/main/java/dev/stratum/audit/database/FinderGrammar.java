package dev.stratum.audit.database;

import java.util.ArrayList;
import java.util.List;
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

    /** One criterion of a derived query: the property it filters on, and whether an index on it can serve it. */
    public record Criterion(String property, boolean indexable) {
    }

    private FinderGrammar() {
    }

    /**
     * The criteria of a derived query as {@code Or} branches of {@code And}-ed criteria ({@code findByAAndBOrC}: [[A,
     * B], [C]]); empty when the name is not a derived query.
     */
    public static List<List<Criterion>> criteria(String method) {
        if (method.length() > MAX_NAME) {
            return List.of();
        }
        Matcher m = FINDER.matcher(method);
        if (!m.matches()) {
            return List.of();
        }
        List<List<Criterion>> branches = new ArrayList<>();
        for (String branch : m.group(1).split("OrderBy")[0].split("(?<=[a-z0-9])Or(?=[A-Z])")) {
            List<Criterion> criteria = new ArrayList<>();
            for (String part : branch.split("(?<=[a-z0-9])And(?=[A-Z])")) {
                criterion(part).ifPresent(criteria::add);
            }
            if (!criteria.isEmpty()) {
                branches.add(criteria);
            }
        }
        return branches;
    }

    private static Optional<Criterion> criterion(String part) {
        for (String op : UNINDEXABLE) {
            if (part.endsWith(op) && part.length() > op.length()) {
                String prop = part.substring(0, part.length() - op.length());
                return prop.contains("_") ? Optional.empty() : Optional.of(new Criterion(decapitalize(prop), false));
            }
        }
        String prop = part;
        Matcher op = OPERATOR.matcher(prop);
        while (op.find() && op.start() > 0) {
            prop = prop.substring(0, op.start());
            op = OPERATOR.matcher(prop);
        }
        if (prop.isEmpty() || prop.contains("_")) {
            return Optional.empty();
        }
        return Optional.of(new Criterion(decapitalize(prop), true));
    }

    private static String decapitalize(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** The leading property of a derived query, or empty if it cannot use an index anyway. */
    public static Optional<String> leadingProperty(String method) {
        return criteria(method).stream().findFirst().map(branch -> branch.get(0)).filter(Criterion::indexable)
                .map(Criterion::property);
    }
}
