package dev.stratum.audit.security;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether an expression's value is a secret itself, judged by names: a variable or field named like a password or
 * token, a getter named like one ({@code getPassword()}), text conversions of those ({@code token.trim()},
 * {@code String.valueOf(pwd)}) and concatenations containing them. A non-secret member of a secret-named object
 * ({@code refreshToken.getUsername()}) is not the secret, and neither is a value computed from it ({@code hash(token)}).
 */
final class SecretValues {
    static final Pattern SENSITIVE = Pattern.compile(
            "(?i)(get)?(raw|plain|user|db|api|access|refresh|auth|client|bearer|jwt|session|id)?(password|passwd|pwd|secret|token|apikey|credentials?)");
    /** Calls on a value that return the same text. */
    private static final Set<String> SAME_TEXT = Set.of("toString", "trim", "strip", "toCharArray", "getBytes",
            "toUpperCase", "toLowerCase", "orElse", "orElseThrow");
    /** Calls whose result contains their arguments' text. */
    private static final Set<String> CONTAINING = Set.of("valueOf", "format", "formatted", "join", "concat");
    private static final int MAX_DEPTH = 16;

    private SecretValues() {
    }

    /** The secret's name if {@code e} evaluates to (text containing) a secret, else null. */
    static String name(Expression e) {
        return name(e, 0);
    }

    private static String name(Expression e, int depth) {
        if (depth > MAX_DEPTH) {
            return null;
        }
        if (e instanceof NameExpr n) {
            return secret(n.getNameAsString());
        }
        if (e instanceof FieldAccessExpr f) {
            return secret(f.getNameAsString());
        }
        if (e instanceof EnclosedExpr en) {
            return name(en.getInner(), depth + 1);
        }
        if (e instanceof CastExpr c) {
            return name(c.getExpression(), depth + 1);
        }
        if (e instanceof ConditionalExpr c) {
            String then = name(c.getThenExpr(), depth + 1);
            return then != null ? then : name(c.getElseExpr(), depth + 1);
        }
        if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            String left = name(b.getLeft(), depth + 1);
            return left != null ? left : name(b.getRight(), depth + 1);
        }
        if (e instanceof MethodCallExpr m) {
            String method = m.getNameAsString();
            if (m.getArguments().isEmpty() && secret(method) != null) {
                return method;
            }
            if (SAME_TEXT.contains(method) && m.getScope().isPresent()) {
                return name(m.getScope().get(), depth + 1);
            }
            if (CONTAINING.contains(method)) {
                for (Expression a : m.getArguments()) {
                    String n = name(a, depth + 1);
                    if (n != null) {
                        return n;
                    }
                }
                return m.getScope().map(s -> name(s, depth + 1)).orElse(null);
            }
        }
        return null;
    }

    private static String secret(String name) {
        return SENSITIVE.matcher(name).matches() ? name : null;
    }
}
