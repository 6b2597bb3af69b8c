package dev.stratum.audit.security;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.stratum.audit.Annotations;
import dev.stratum.audit.SourceFile;
import dev.stratum.audit.Syntax;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds logger calls in {@code @Aspect} advice on controllers that log what the intercepted call received or
 * returned: values from {@code joinPoint.getArgs()}, {@code proceed()} or the {@code returning} parameter, followed
 * through local variables, setters and calls within the advice method (a value built from them is theirs).
 */
final class ControllerLogAdvice {
    private static final Set<String> ADVICE = Set.of("Around", "Before", "After", "AfterReturning");
    /** A pointcut expression that selects controllers or request-mapping methods. */
    private static final Pattern CONTROLLERS = Pattern.compile("(?i)controller|Mapping\\b");
    /** A named pointcut referenced from an advice: {@code webLog()}. */
    private static final Pattern REFERENCE = Pattern.compile("([A-Za-z_$][\\w$]*)\\s*\\(\\s*\\)");
    private static final Set<String> SOURCES = Set.of("getArgs", "proceed");
    private static final int PASSES = 3;

    private ControllerLogAdvice() {
    }

    static List<MethodCallExpr> find(SourceFile file) {
        List<MethodCallExpr> out = new ArrayList<>();
        for (ClassOrInterfaceDeclaration type : file.all(ClassOrInterfaceDeclaration.class)) {
            if (type.getAnnotationByName("Aspect").isEmpty()) {
                continue;
            }
            for (MethodDeclaration m : type.getMethods()) {
                Optional<AnnotationExpr> advice = m.getAnnotations().stream()
                        .filter(a -> ADVICE.contains(Syntax.simpleName(a))).findFirst();
                if (advice.isPresent() && onControllers(type, advice.get())) {
                    out.addAll(logsIntercepted(m, advice.get()));
                }
            }
        }
        return out;
    }

    private static boolean onControllers(ClassOrInterfaceDeclaration type, AnnotationExpr advice) {
        String expr = String.join(" ", Annotations.strings(advice, "value")) + " "
                + String.join(" ", Annotations.strings(advice, "pointcut"));
        if (CONTROLLERS.matcher(expr).find()) {
            return true;
        }
        Matcher ref = REFERENCE.matcher(expr);
        while (ref.find()) {
            for (MethodDeclaration p : type.getMethodsByName(ref.group(1))) {
                Optional<AnnotationExpr> pointcut = p.getAnnotationByName("Pointcut");
                if (pointcut.isPresent()
                        && CONTROLLERS.matcher(String.join(" ", Annotations.strings(pointcut.get(), "value"))).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<MethodCallExpr> logsIntercepted(MethodDeclaration m, AnnotationExpr advice) {
        Set<String> tainted = new HashSet<>();
        Annotations.attribute(advice, "returning").ifPresent(tainted::add);
        for (int pass = 0; pass < PASSES; pass++) {
            for (VariableDeclarator v : m.findAll(VariableDeclarator.class)) {
                if (v.getInitializer().map(i -> carries(i, tainted)).orElse(false)) {
                    tainted.add(v.getNameAsString());
                }
            }
            for (AssignExpr a : m.findAll(AssignExpr.class)) {
                if (a.getTarget() instanceof NameExpr n && carries(a.getValue(), tainted)) {
                    tainted.add(n.getNameAsString());
                }
            }
            for (MethodCallExpr c : m.findAll(MethodCallExpr.class)) {
                // webLog.setParameter(args), line.append("x").append(result): the receiver now holds the value
                if (c.getArguments().stream().anyMatch(arg -> carries(arg, tainted))) {
                    receiver(c).ifPresent(r -> tainted.add(r.getNameAsString()));
                }
            }
        }
        List<MethodCallExpr> out = new ArrayList<>();
        for (MethodCallExpr c : m.findAll(MethodCallExpr.class)) {
            if (SensitiveDataLoggedCheck.isLogCall(c) && c.getArguments().stream().anyMatch(a -> carries(a, tainted))) {
                out.add(c);
            }
        }
        return out;
    }

    /** The variable at the root of a call chain ({@code line} in {@code line.append(a).append(b)}). */
    private static Optional<NameExpr> receiver(MethodCallExpr call) {
        Expression scope = call.getScope().orElse(null);
        while (scope instanceof MethodCallExpr inner) {
            scope = inner.getScope().orElse(null);
        }
        return scope instanceof NameExpr n ? Optional.of(n) : Optional.empty();
    }

    /** Whether {@code e} holds (or is computed from) an intercepted value. */
    private static boolean carries(Expression e, Set<String> tainted) {
        if (e instanceof NameExpr n && tainted.contains(n.getNameAsString())
                || e instanceof MethodCallExpr c && SOURCES.contains(c.getNameAsString())) {
            return true;
        }
        return e.findFirst(Expression.class, x -> x != e && (x instanceof NameExpr n && tainted.contains(n.getNameAsString())
                || x instanceof MethodCallExpr c && SOURCES.contains(c.getNameAsString()))).isPresent();
    }
}
