package dev.stratum.audit.resilience;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Apache HttpClient 4/5 as a link of a client chain: whether the client a builder or factory makes has timeouts. */
final class ApacheClients {
    static final Set<String> FACTORIES = Set.of("HttpClients", "HttpAsyncClients", "HttpClientBuilder",
            "HttpAsyncClientBuilder");
    /** HttpClients' ready-made clients: none has a response timeout. */
    static final Set<String> DEFAULTS = Set.of("createDefault", "createSystem", "createMinimal");
    private static final Set<String> CONFIGURED = Set.of("setDefaultRequestConfig", "setDefaultConnectionConfig",
            "setDefaultSocketConfig", "setConnectionManagerShared");
    private static final Set<String> MANAGER_TIMEOUTS = Set.of("setDefaultConnectionConfig", "setDefaultSocketConfig",
            "setConnectionConfigResolver", "setSocketConfigResolver");

    private ApacheClients() {
    }

    /** {@code HttpClients.custom()...build()} (or {@code HttpClientBuilder.create()...build()}). */
    static boolean isBuild(MethodCallExpr call) {
        if (!call.getNameAsString().equals("build") || !call.getArguments().isEmpty()) {
            return false;
        }
        MethodCallExpr first = ClientChains.first(call);
        return first.getScope().isPresent() && first.getScope().get() instanceof NameExpr n
                && FACTORIES.contains(n.getNameAsString())
                && (first.getNameAsString().equals("custom") || first.getNameAsString().equals("create"));
    }

    static boolean isDefault(MethodCallExpr call) {
        return DEFAULTS.stream().anyMatch(m -> ClientChains.staticCall(call, "HttpClients", m))
                || ClientChains.staticCall(call, "HttpAsyncClients", "createDefault");
    }

    /**
     * A request config, or a connection manager that is not built inline (its set-up is elsewhere, counted as done),
     * or one built inline with connection or socket config.
     */
    static boolean configured(MethodCallExpr build) {
        Expression e = build;
        while (e instanceof MethodCallExpr m) {
            String n = m.getNameAsString();
            if (n.equals("setConnectionManager") && m.getArguments().size() == 1) {
                if (!(m.getArgument(0) instanceof MethodCallExpr inline) || !inline.getNameAsString().equals("build")
                        || ClientChains.names(inline).stream().anyMatch(MANAGER_TIMEOUTS::contains)) {
                    return true;
                }
            } else if (CONFIGURED.contains(n)) {
                return true;
            }
            e = m.getScope().orElse(null);
        }
        return false;
    }

    /** The timeouts of the Apache client an expression holds: a builder, a ready-made client or a local variable. */
    static Timeouts of(Expression client) {
        Expression e = Locals.unwrap(client);
        if (e instanceof MethodCallExpr m) {
            if (isBuild(m)) {
                return configured(m) ? Timeouts.SET : Timeouts.UNSET;
            }
            return isDefault(m) ? Timeouts.UNSET : Timeouts.UNKNOWN;
        }
        if (e instanceof NameExpr n) {
            Optional<List<Expression>> values = Locals.values(e, n.getNameAsString());
            if (values.isEmpty()) {
                return Timeouts.UNKNOWN;
            }
            return Timeouts.ofAll(values.get().stream().map(v -> v instanceof NameExpr ? Timeouts.UNKNOWN : of(v)).toList());
        }
        return Timeouts.UNKNOWN;
    }
}
