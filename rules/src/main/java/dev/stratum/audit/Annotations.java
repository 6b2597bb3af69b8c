package dev.stratum.audit;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads annotation attributes syntactically. */
public final class Annotations {
    private Annotations() {
    }

    /** The expression of an attribute; {@code value} also matches a single-member annotation. */
    public static Optional<Expression> expression(AnnotationExpr a, String name) {
        if (a instanceof SingleMemberAnnotationExpr single && name.equals("value")) {
            return Optional.of(single.getMemberValue());
        }
        if (a instanceof NormalAnnotationExpr normal) {
            for (MemberValuePair pair : normal.getPairs()) {
                if (pair.getNameAsString().equals(name)) {
                    return Optional.of(pair.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** A string attribute's literal value. */
    public static Optional<String> attribute(AnnotationExpr a, String name) {
        return expression(a, name).filter(Expression::isStringLiteralExpr)
                .map(e -> e.asStringLiteralExpr().asString());
    }

    /** All string literals of an attribute, whether a single value or an array. */
    public static List<String> strings(AnnotationExpr a, String name) {
        List<String> out = new ArrayList<>();
        expression(a, name).ifPresent(e -> {
            if (e instanceof StringLiteralExpr s) {
                out.add(s.asString());
            } else if (e instanceof ArrayInitializerExpr arr) {
                arr.getValues().forEach(v -> {
                    if (v instanceof StringLiteralExpr s) {
                        out.add(s.asString());
                    }
                });
            }
        });
        return out;
    }
}
