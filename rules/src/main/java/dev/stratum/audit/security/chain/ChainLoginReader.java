package dev.stratum.audit.security.chain;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import dev.stratum.audit.Syntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads a chain method's {@link ChainLogin}: its login mechanisms, session policy and CSRF switch. */
final class ChainLoginReader {
    private static final Set<String> FILTERS = Set.of("addFilter", "addFilterBefore", "addFilterAfter", "addFilterAt");
    private static final Set<String> IGNORING = Set.of("ignoringAntMatchers", "ignoringRequestMatchers");

    private ChainLoginReader() {
    }

    static ChainLogin read(MethodDeclaration m) {
        List<String> mechanisms = new ArrayList<>();
        boolean stateless = false;
        int csrfOff = 0;
        boolean filter = false;
        for (MethodCallExpr call : m.findAll(MethodCallExpr.class)) {
            String name = call.getNameAsString();
            if (ChainLogin.ALL.contains(name) && !mechanisms.contains(name)) {
                mechanisms.add(name);
            } else if (name.equals("configure") && call.getScope().orElse(null) instanceof SuperExpr
                    && !mechanisms.contains(ChainLogin.DEFAULT_LOGIN)) {
                mechanisms.add(ChainLogin.DEFAULT_LOGIN);
            } else if (name.equals("sessionCreationPolicy")
                    && call.getArguments().stream().anyMatch(a -> a.toString().endsWith("STATELESS"))) {
                stateless = true;
            } else if (name.equals("csrf") && csrfOff == 0 && switchesOff(call)) {
                csrfOff = Syntax.line(call.getName());
            } else if (FILTERS.contains(name)) {
                filter = true;
            }
        }
        return new ChainLogin(mechanisms, stateless, csrfOff, filter);
    }

    /** {@code csrf().disable()}, {@code csrf(c -> c.disable())}, {@code csrf(X::disable)}, or ignoring "/**". */
    private static boolean switchesOff(MethodCallExpr csrf) {
        if (csrf.getArguments().size() == 1) {
            Expression arg = csrf.getArgument(0);
            if (arg instanceof MethodReferenceExpr ref) {
                return ref.getIdentifier().equals("disable");
            }
            return arg instanceof LambdaExpr && arg.findFirst(MethodCallExpr.class, ChainLoginReader::offCall).isPresent();
        }
        // legacy chain: http.csrf().disable(), http.csrf().ignoringAntMatchers("/**")
        Node parent = csrf.getParentNode().orElse(null);
        return csrf.getArguments().isEmpty() && parent instanceof MethodCallExpr outer
                && outer.getScope().orElse(null) == csrf && offCall(outer);
    }

    private static boolean offCall(MethodCallExpr c) {
        return c.getNameAsString().equals("disable") || IGNORING.contains(c.getNameAsString())
                && c.getArguments().stream().anyMatch(a -> a instanceof StringLiteralExpr s && s.asString().equals("/**"));
    }
}
