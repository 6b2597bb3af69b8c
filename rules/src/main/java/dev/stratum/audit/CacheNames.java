package dev.stratum.audit;

import com.github.javaparser.ast.expr.AnnotationExpr;
import java.util.ArrayList;
import java.util.List;

/** Cache names of a Spring cache annotation ({@code value} or {@code cacheNames}). */
public final class CacheNames {
    private CacheNames() {
    }

    public static List<String> of(AnnotationExpr a) {
        List<String> names = new ArrayList<>(Annotations.strings(a, "value"));
        names.addAll(Annotations.strings(a, "cacheNames"));
        return names;
    }
}
