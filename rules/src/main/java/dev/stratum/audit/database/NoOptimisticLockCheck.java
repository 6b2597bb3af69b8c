package dev.stratum.audit.database;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
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

/** DB013: an entity that clients update, with no optimistic locking. */
public final class NoOptimisticLockCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("DB013", AuditArea.DATABASE, Severity.LOW,
            "Updated entity without @Version",
            "Two clients read the same row, both change it, both save: the second write silently replaces the "
                    + "first (a lost update). Nothing fails, so nobody notices until data is wrong. Low, because "
                    + "last-write-wins is sometimes the intended contract; say so when it is.",
            "Add a @Version field (and a version column in a migration) and map its conflict "
                    + "(ObjectOptimisticLockingFailureException) to 409, or 412 with ETag/If-Match on PUT.",
            "@Entity class Product { @Id Long id; String name; void rename(String n) { name = n; } }",
            "@Entity class Product { @Id Long id; @Version long version; String name; ... }")
            .scope("@Entity classes: @Version fields, instance methods that assign fields other than the id (setters, update "
                            + "methods, Lombok @Data/@Setter); a Spring Data repository for the entity; PUT or PATCH "
                            + "handlers in the project.",
                    "Updates through JPQL/SQL UPDATE statements, pessimistic locks taken in queries, versioning "
                            + "done by hand in a column the entity does not annotate.");

    private static final Set<String> LOMBOK_SETTERS = Set.of("Data", "Setter");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("Entity")) {
            return;
        }
        for (ClassOrInterfaceDeclaration type : file.all(ClassOrInterfaceDeclaration.class)) {
            if (!Syntax.annotated(type, "Entity") || hasVersion(type)) {
                continue;
            }
            Optional<String> mutator = mutator(type);
            mutator.ifPresent(how -> sink.reportIf(new Premise.ManagedEntity(type.getNameAsString()), this, type.getName(),
                    type.getNameAsString() + " can be changed (" + how + "), the project has PUT/PATCH handlers, "
                            + "and it has no @Version: concurrent updates of one row overwrite each other silently"));
        }
    }

    @Override
    public boolean confirm(Premise premise, ProjectModel project) {
        boolean managed = premise instanceof Premise.ManagedEntity e && project.types().managedByRepository(e.entity());
        return managed && (project.types().hasAnnotation("PutMapping") || project.types().hasAnnotation("PatchMapping"));
    }

    private static boolean hasVersion(ClassOrInterfaceDeclaration type) {
        return type.getFields().stream().anyMatch(f -> Syntax.annotated(f, "Version"))
                || type.getMethods().stream().anyMatch(m -> Syntax.annotated(m, "Version"));
    }

    /** How the entity is changed: a Lombok setter annotation or the first instance method assigning a field. */
    private static Optional<String> mutator(ClassOrInterfaceDeclaration type) {
        if (Syntax.annotated(type, LOMBOK_SETTERS)) {
            return Optional.of("Lombok setters");
        }
        Set<String> fields = new java.util.HashSet<>();
        for (FieldDeclaration f : type.getFields()) {
            // the id is set once, by JPA or a factory, and a transient field is not stored: neither updates the row
            if (!f.isStatic() && !f.isTransient()
                    && !Syntax.annotated(f, Set.of("Id", "EmbeddedId", "GeneratedValue", "Transient"))) {
                f.getVariables().forEach(v -> fields.add(v.getNameAsString()));
            }
        }
        for (MethodDeclaration m : type.getMethods()) {
            if (m.isStatic() || m.isPrivate() || Syntax.annotated(m, Set.of("PrePersist", "PreUpdate", "PostLoad"))) {
                continue;
            }
            for (AssignExpr a : m.findAll(AssignExpr.class)) {
                String target = a.getTarget() instanceof FieldAccessExpr fa && fa.getScope() instanceof ThisExpr
                        ? fa.getNameAsString() : a.getTarget() instanceof NameExpr n ? n.getNameAsString() : null;
                if (target != null && fields.contains(target) && !isLocal(m, target)) {
                    return Optional.of(m.getNameAsString() + "(..)");
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isLocal(MethodDeclaration m, String name) {
        return m.getParameters().stream().anyMatch(p -> p.getNameAsString().equals(name)
                && !(m.findFirst(FieldAccessExpr.class, fa -> fa.getNameAsString().equals(name)).isPresent()))
                || m.findFirst(com.github.javaparser.ast.body.VariableDeclarator.class,
                v -> v.getNameAsString().equals(name)).isPresent();
    }
}
