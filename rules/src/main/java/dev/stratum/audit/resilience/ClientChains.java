package dev.stratum.audit.resilience;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.stratum.audit.Premise;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.Syntax;
import dev.stratum.audit.config.ConfigProperty;
import dev.stratum.audit.config.ConfigSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads builder chains such as {@code WebClient.builder().baseUrl(..).build()} syntactically. */
final class ClientChains {
    /** Premise of findings on injected, Boot-configured builders: Boot's client timeout properties are not set. */
    static final Premise NO_HTTP_CONFIG = new Premise.ProjectWide();

    private ClientChains() {
    }

    /** Names of all calls in the chain that ends with {@code last}. */
    static Set<String> names(MethodCallExpr last) {
        Set<String> names = new HashSet<>();
        Expression e = last;
        while (e instanceof MethodCallExpr m) {
            names.add(m.getNameAsString());
            e = m.getScope().orElse(null);
        }
        return names;
    }

    /** The expression the chain starts from ({@code WebClient} in {@code WebClient.builder()...}). */
    static Expression root(MethodCallExpr last) {
        Expression e = last;
        while (e instanceof MethodCallExpr m && m.getScope().isPresent()) {
            e = m.getScope().get();
        }
        return e;
    }

    /** The first call of the chain, e.g. {@code builder()} in {@code WebClient.builder().build()}. */
    static MethodCallExpr first(MethodCallExpr last) {
        MethodCallExpr current = last;
        while (current.getScope().isPresent() && current.getScope().get() instanceof MethodCallExpr m) {
            current = m;
        }
        return current;
    }

    static boolean staticCall(MethodCallExpr call, String type, String method) {
        return call.getNameAsString().equals(method) && call.getScope().isPresent()
                && call.getScope().get() instanceof NameExpr n && n.getNameAsString().equals(type);
    }

    /** Whether the chain starts from a variable or parameter of one of {@code types} (an injected builder). */
    static boolean fromVariableOf(MethodCallExpr last, Set<String> types) {
        Expression root = root(last);
        if (root instanceof NameExpr n) {
            return Syntax.declaredType(last, n.getNameAsString()).map(t -> types.contains(t)).orElse(false);
        }
        return root instanceof ObjectCreationExpr o && types.contains(o.getType().getNameAsString());
    }

    /** The configuration of the module a file belongs to (the longest module directory that holds it). */
    static Optional<ConfigSet> configOf(ProjectModel project, String file) {
        ConfigSet best = null;
        for (ConfigSet set : project.configs()) {
            String m = set.module();
            if ((m.isEmpty() || file.startsWith(m + "/")) && (best == null || m.length() > best.module().length())) {
                best = set;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Spring Boot's HTTP client properties with a timeout apply to the builders it injects. */
    static boolean bootTimeoutsConfigured(ProjectModel project) {
        for (ConfigSet set : project.configs()) {
            for (ConfigProperty p : set.productionView()) {
                String k = p.canonicalKey();
                if ((k.startsWith("spring.http.client") || k.startsWith("spring.http.reactiveclient"))
                        && k.toLowerCase(Locale.ROOT).contains("timeout")) {
                    return true;
                }
            }
        }
        return false;
    }
}
