package dev.stratum.audit.resilience;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Follows a value through the local variables of one method: what a name was assigned, what is called on it. */
final class Locals {
    private Locals() {
    }

    /** {@code x} for {@code (T) x}, {@code (x)} and a supplier lambda {@code () -> x}. */
    static Expression unwrap(Expression e) {
        Expression current = e;
        for (int i = 0; i < 8; i++) {
            if (current instanceof CastExpr c) {
                current = c.getExpression();
            } else if (current instanceof EnclosedExpr en) {
                current = en.getInner();
            } else if (current instanceof LambdaExpr l && l.getParameters().isEmpty() && l.getExpressionBody().isPresent()) {
                current = l.getExpressionBody().get();
            } else {
                return current;
            }
        }
        return current;
    }

    /**
     * Every value assigned to local variable {@code name} in the method around {@code at} (its initializer and
     * later assignments); empty when the name is a parameter or not a local of that method (a field).
     */
    static Optional<List<Expression>> values(Node at, String name) {
        Optional<CallableDeclaration> callable = at.findAncestor(CallableDeclaration.class);
        if (callable.isEmpty()) {
            return Optional.empty();
        }
        for (Object p : callable.get().getParameters()) {
            if (((Parameter) p).getNameAsString().equals(name)) {
                return Optional.empty();
            }
        }
        List<Expression> out = new ArrayList<>();
        boolean declared = false;
        for (VariableDeclarator v : callable.get().findAll(VariableDeclarator.class)) {
            if (v.getNameAsString().equals(name)) {
                declared = true;
                v.getInitializer().ifPresent(out::add);
            }
        }
        if (!declared) {
            return Optional.empty();
        }
        for (AssignExpr a : callable.get().findAll(AssignExpr.class)) {
            if (a.getOperator() == AssignExpr.Operator.ASSIGN && a.getTarget() instanceof NameExpr n
                    && n.getNameAsString().equals(name)) {
                out.add(a.getValue());
            }
        }
        return Optional.of(out);
    }

    /** Calls made directly on {@code name} ({@code name.m(..)} or {@code this.name.m(..)}) inside {@code scope}. */
    static List<MethodCallExpr> callsOn(Node scope, String name) {
        List<MethodCallExpr> out = new ArrayList<>();
        for (MethodCallExpr m : scope.findAll(MethodCallExpr.class)) {
            if (m.getScope().map(s -> named(s, name)).orElse(false)) {
                out.add(m);
            }
        }
        return out;
    }

    /** Whether {@code e} is {@code name} or {@code this.name}. */
    static boolean named(Expression e, String name) {
        return e instanceof NameExpr n && n.getNameAsString().equals(name)
                || e instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr && f.getNameAsString().equals(name);
    }

    /** The method (or constructor) around {@code at}, or {@code at} itself outside one (a field initializer). */
    static Node method(Node at) {
        return at.findAncestor(CallableDeclaration.class).map(n -> (Node) n).orElse(at);
    }

    /**
     * The variable an expression's value is stored in: {@code T v = e;}, {@code v = e;} or {@code this.v = e;};
     * empty when it is returned, passed on or used inline.
     */
    static Optional<String> storedIn(Expression e) {
        Node parent = e.getParentNode().orElse(null);
        while (parent instanceof CastExpr || parent instanceof EnclosedExpr) {
            parent = parent.getParentNode().orElse(null);
        }
        if (parent instanceof VariableDeclarator v) {
            return Optional.of(v.getNameAsString());
        }
        if (parent instanceof AssignExpr a && a.getParentNode().orElse(null) instanceof ExpressionStmt) {
            Expression t = a.getTarget();
            if (t instanceof NameExpr n) {
                return Optional.of(n.getNameAsString());
            }
            if (t instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr) {
                return Optional.of(f.getNameAsString());
            }
        }
        return Optional.empty();
    }
}
