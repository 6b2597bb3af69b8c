package dev.stratum.audit.database;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import dev.stratum.audit.Annotations;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.audit.Syntax;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.Set;

/** DB016: a MongoDB query with a {@code $where} JavaScript predicate. */
public final class MongoWhereQueryCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("DB016", AuditArea.DATABASE, Severity.MEDIUM,
            "MongoDB query with a $where JavaScript predicate",
            "$where runs a JavaScript function on every document of the collection: no index can serve it, so "
                    + "every call scans the whole collection in the database's JavaScript engine, and it grows with "
                    + "the data. MongoDB deprecates it (and server-side JavaScript can be switched off).",
            "Express the condition with query operators ($lt, $gt, $expr with $dateSubtract for computed dates) "
                    + "on indexed fields, or store the computed value (the next due date) and index it.",
            "@Query(\"{ $where: 'this.lastNotified < new Date(Date.now() - this.frequency)' }\")",
            "@Query(\"{ 'nextNotification': { $lt: ?0 } }\")  // nextNotification indexed, set on each save")
            .scope("Spring Data MongoDB @Query filters and the JSON text given to BasicQuery, Document and "
                            + "BasicDBObject in files that use MongoDB, string literals joined with +",
                    "a $where built from variables or read from a file; $function and $accumulator inside $expr");

    private static final Set<String> QUERY_TYPES = Set.of("BasicQuery", "Document", "BasicDBObject", "BsonDocument");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("$where") || !file.mentions("mongo")) {
            return;
        }
        for (AnnotationExpr a : file.all(AnnotationExpr.class)) {
            if (Syntax.simpleName(a).equals("Query") && (whereIn(Annotations.expression(a, "value").orElse(null))
                    || whereIn(Annotations.expression(a, "filter").orElse(null)))) {
                sink.report(this, a, "@Query filters with a $where JavaScript predicate: a full collection scan on every call");
            }
        }
        for (ObjectCreationExpr o : file.all(ObjectCreationExpr.class)) {
            if (QUERY_TYPES.contains(o.getType().getNameAsString()) && o.getArguments().stream().anyMatch(MongoWhereQueryCheck::whereIn)) {
                sink.report(this, o, o.getType().getNameAsString()
                        + " with a $where JavaScript predicate: a full collection scan on every call");
            }
        }
    }

    /** Whether the string literals of an expression (joined with +) hold a $where operator. */
    private static boolean whereIn(Node e) {
        if (e == null) {
            return false;
        }
        StringBuilder text = new StringBuilder();
        e.walk(n -> {
            if (n instanceof StringLiteralExpr s) {
                text.append(s.asString());
            } else if (n instanceof TextBlockLiteralExpr t) {
                text.append(t.asString());
            }
        });
        return text.toString().matches("(?s).*[{,\\s\"']\\$where\\s*[\"']?\\s*:.*") || e instanceof Expression x
                && x.isStringLiteralExpr() && x.asStringLiteralExpr().asString().equals("$where");
    }
}
