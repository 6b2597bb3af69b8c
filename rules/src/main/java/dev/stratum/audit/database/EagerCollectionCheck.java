package dev.stratum.audit.database;

import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.stratum.audit.Annotations;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Premise;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.audit.Syntax;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.Optional;
import java.util.Set;

/** DB005: collections fetched eagerly. */
public final class EagerCollectionCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("DB005", AuditArea.DATABASE, Severity.MEDIUM,
            "Eagerly fetched collection",
            "FetchType.EAGER on a collection loads it with every parent, on every query, whether needed or not; "
                    + "two eager collections multiply rows (cartesian product) and cannot be turned off per query.",
            "Keep collections LAZY (the default) and fetch them where needed with JOIN FETCH or an @EntityGraph.",
            "@OneToMany(mappedBy = \"order\", fetch = FetchType.EAGER)\nprivate List<OrderLine> lines;",
            "@OneToMany(mappedBy = \"order\")\nprivate List<OrderLine> lines;  // + @EntityGraph(attributePaths = \"lines\")")
            .scope("@OneToMany, @ManyToMany and @ElementCollection with fetch = EAGER in entity sources; an element "
                            + "collection of enum values (a set of roles: at most as many rows as the enum has constants, "
                            + "often needed outside a session) is not reported",
                    "eager fetching set elsewhere (orm.xml, a fetch profile, @Fetch(JOIN) on a lazy mapping); to-one "
                            + "associations, which are eager by default");

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
            if (!COLLECTIONS.contains(Syntax.simpleName(a)) || !Annotations.expression(a, "fetch")
                    .map(e -> e.toString().endsWith("EAGER")).orElse(false)) {
                continue;
            }
            String message = "@" + Syntax.simpleName(a) + " collection fetched EAGER";
            Optional<String> element = Syntax.simpleName(a).equals("ElementCollection") ? elementType(a) : Optional.empty();
            if (element.isEmpty()) {
                sink.report(this, a, message);
            } else if (!enumerated(a)) {
                sink.reportIf(new Premise.NotEnum(element.get()), this, a, message);
            }
        }
    }

    /** The element type of the annotated field ({@code AppUserRole} in {@code List<AppUserRole>}). */
    private static Optional<String> elementType(AnnotationExpr a) {
        if (a.getParentNode().orElse(null) instanceof FieldDeclaration f && f.getElementType() instanceof ClassOrInterfaceType t) {
            return t.getTypeArguments().filter(args -> args.size() == 1).map(args -> Syntax.typeName(args.get(0)));
        }
        return Optional.empty();
    }

    /** {@code @Enumerated} beside it: enum values whatever the type says. */
    private static boolean enumerated(AnnotationExpr a) {
        return a.getParentNode().orElse(null) instanceof FieldDeclaration f && Syntax.annotated(f, "Enumerated");
    }

    @Override
    public boolean confirm(Premise premise, ProjectModel project) {
        return !(premise instanceof Premise.NotEnum e) || !project.types().isEnum(e.type());
    }
}
