package dev.stratum.audit.database;

import com.github.javaparser.ast.expr.AnnotationExpr;
import dev.stratum.audit.Annotations;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.audit.Syntax;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.Set;

/** DB005: collections fetched eagerly. */
public final class EagerCollectionCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("DB005", AuditArea.DATABASE, Severity.MEDIUM,
            "Eagerly fetched collection",
            "FetchType.EAGER on a collection loads it with every parent, on every query, whether needed or not; "
                    + "two eager collections multiply rows (cartesian product) and cannot be turned off per query.",
            "Keep collections LAZY (the default) and fetch them where needed with JOIN FETCH or an @EntityGraph.",
            "@OneToMany(mappedBy = \"order\", fetch = FetchType.EAGER)\nprivate List<OrderLine> lines;",
            "@OneToMany(mappedBy = \"order\")\nprivate List<OrderLine> lines;  // + @EntityGraph(attributePaths = \"lines\")");

    private static final Set<String> COLLECTIONS = Set.of("OneToMany", "ManyToMany", "ElementCollection");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("EAGER")) {
            return;
        }
        for (AnnotationExpr a : file.all(AnnotationExpr.class)) {
            if (COLLECTIONS.contains(Syntax.simpleName(a)) && Annotations.expression(a, "fetch")
                    .map(e -> e.toString().endsWith("EAGER")).orElse(false)) {
                sink.report(this, a, "@" + Syntax.simpleName(a) + " collection fetched EAGER");
            }
        }
    }
}
