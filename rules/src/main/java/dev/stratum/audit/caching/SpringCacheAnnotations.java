package dev.stratum.audit.caching;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import dev.stratum.audit.Syntax;
import java.util.Set;

/**
 * Whether a {@code @Cacheable} is Spring's cache annotation or JPA's second-level cache marker
 * ({@code javax.persistence.Cacheable}, {@code jakarta.persistence.Cacheable}), resolved as the compiler would: a
 * qualified name, else the single-type import, else a JPA wildcard import without Spring's; on an entity class
 * (where Spring's annotation would make no sense) it is JPA's.
 */
public final class SpringCacheAnnotations {
    private static final Set<String> JPA_PACKAGES = Set.of("javax.persistence", "jakarta.persistence");
    private static final String SPRING_PACKAGE = "org.springframework.cache.annotation";
    private static final Set<String> ENTITY_MARKERS = Set.of("Entity", "MappedSuperclass", "Embeddable");

    private SpringCacheAnnotations() {
    }

    public static boolean isSpring(AnnotationExpr a) {
        String written = a.getNameAsString();
        int dot = written.lastIndexOf('.');
        if (dot > 0) {
            return written.substring(0, dot).equals(SPRING_PACKAGE);
        }
        CompilationUnit unit = a.findCompilationUnit().orElse(null);
        if (unit != null) {
            for (ImportDeclaration i : unit.getImports()) {
                if (!i.isAsterisk() && !i.isStatic() && i.getName().getIdentifier().equals(written)) {
                    return i.getName().getQualifier().map(q -> q.asString().equals(SPRING_PACKAGE)).orElse(true);
                }
            }
        }
        if (a.getParentNode().orElse(null) instanceof TypeDeclaration<?> type && Syntax.annotated(type, ENTITY_MARKERS)) {
            return false;
        }
        if (unit != null) {
            boolean jpa = unit.getImports().stream().anyMatch(i -> i.isAsterisk() && JPA_PACKAGES.contains(i.getNameAsString()));
            boolean spring = unit.getImports().stream().anyMatch(i -> i.isAsterisk() && i.getNameAsString().equals(SPRING_PACKAGE));
            return !jpa || spring;
        }
        return true;
    }
}
