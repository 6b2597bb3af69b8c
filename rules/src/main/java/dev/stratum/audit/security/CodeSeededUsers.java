package dev.stratum.audit.security;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.stratum.audit.SourceFile;
import dev.stratum.audit.Syntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Start-up code that sets a literal password: in a {@code CommandLineRunner} or {@code ApplicationRunner} (a class's
 * {@code run} or a {@code @Bean} method returning one), a {@code @PostConstruct} or an {@code @EventListener} method,
 * a call such as {@code user.setPassword("admin123")}, {@code .password("x")} or {@code encoder.encode("x")}.
 * Code under a non-production {@code @Profile} is left out.
 */
final class CodeSeededUsers {
    private static final Set<String> RUNNERS = Set.of("CommandLineRunner", "ApplicationRunner");
    private static final Set<String> START_UP = Set.of("PostConstruct", "EventListener");
    private static final Set<String> SETTERS = Set.of("setPassword", "password", "setPasswordHash", "setPwd",
            "setPass", "withPassword", "setEncodedPassword", "passwordHash");

    private CodeSeededUsers() {
    }

    static List<MethodCallExpr> find(SourceFile file) {
        List<MethodCallExpr> out = new ArrayList<>();
        if (!file.mentions("assword")) {
            return out;
        }
        for (ClassOrInterfaceDeclaration type : file.all(ClassOrInterfaceDeclaration.class)) {
            boolean runner = type.getImplementedTypes().stream().anyMatch(t -> RUNNERS.contains(t.getNameAsString()));
            for (MethodDeclaration m : type.getMethods()) {
                boolean seeds = runner && m.getNameAsString().equals("run")
                        || m.getAnnotations().stream().anyMatch(a -> START_UP.contains(Syntax.simpleName(a)))
                        || m.isAnnotationPresent("Bean") && RUNNERS.contains(Syntax.typeName(m.getType()));
                if (seeds && !ProfileGuards.outsideProduction(m)) {
                    m.findAll(MethodCallExpr.class, CodeSeededUsers::setsLiteral).forEach(out::add);
                }
            }
        }
        return out;
    }

    private static boolean setsLiteral(MethodCallExpr call) {
        if (!SETTERS.contains(call.getNameAsString()) || call.getArguments().size() != 1) {
            return false;
        }
        Expression arg = call.getArgument(0);
        if (arg instanceof MethodCallExpr encode && encode.getNameAsString().equals("encode")
                && encode.getArguments().size() == 1) {
            arg = encode.getArgument(0);
        }
        return arg instanceof StringLiteralExpr s && !s.asString().isBlank() && !s.asString().contains("${");
    }
}
