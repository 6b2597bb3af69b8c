package dev.stratum.audit.resilience;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import dev.stratum.audit.Syntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Spring's {@code ClientHttpRequestFactory} as the middle link of a client chain (RestTemplate -> request factory ->
 * Apache HttpClient): whether the factory, or the client it wraps, sets a connect or read timeout.
 */
final class RequestFactories {
    static final String APACHE = "HttpComponentsClientHttpRequestFactory";
    private static final String SIMPLE = "SimpleClientHttpRequestFactory";
    /** Factories that delegate to the factory they are given first. */
    private static final Set<String> WRAPPERS = Set.of("BufferingClientHttpRequestFactory",
            "InterceptingClientHttpRequestFactory");
    /** OkHttp's client has 10 s connect and read timeouts by default. */
    private static final Set<String> BOUNDED = Set.of("OkHttp3ClientHttpRequestFactory", "OkHttpClientHttpRequestFactory");
    private static final Set<String> SETTERS = Set.of("setConnectTimeout", "setReadTimeout");
    private static final int MAX_DEPTH = 4;

    private RequestFactories() {
    }

    static Timeouts of(Expression factory) {
        return of(factory, 0);
    }

    private static Timeouts of(Expression factory, int depth) {
        Expression e = Locals.unwrap(factory);
        if (depth > MAX_DEPTH) {
            return Timeouts.UNKNOWN;
        }
        if (e instanceof ObjectCreationExpr o) {
            Optional<String> variable = Locals.storedIn(o);
            if (variable.isPresent() && Locals.callsOn(Locals.method(o), variable.get()).stream()
                    .anyMatch(c -> SETTERS.contains(c.getNameAsString()))) {
                return Timeouts.SET;
            }
            return created(o, null, depth);
        }
        if (e instanceof MethodReferenceExpr r && r.getIdentifier().equals("new") && r.getScope() instanceof TypeExpr t) {
            String type = Syntax.typeName(t.getType());
            return type.equals(SIMPLE) || type.equals(APACHE) ? Timeouts.UNSET
                    : BOUNDED.contains(type) ? Timeouts.SET : Timeouts.UNKNOWN;
        }
        if (e instanceof NameExpr n) {
            Optional<List<Expression>> values = Locals.values(e, n.getNameAsString());
            if (values.isEmpty()) {
                return Timeouts.UNKNOWN;
            }
            List<MethodCallExpr> calls = Locals.callsOn(Locals.method(e), n.getNameAsString());
            if (calls.stream().anyMatch(c -> SETTERS.contains(c.getNameAsString()))) {
                return Timeouts.SET;
            }
            Expression client = calls.stream().filter(c -> c.getNameAsString().equals("setHttpClient")
                    && c.getArguments().size() == 1).map(c -> c.getArgument(0)).reduce((a, b) -> b).orElse(null);
            List<Timeouts> each = new ArrayList<>();
            for (Expression v : values.get()) {
                Expression value = Locals.unwrap(v);
                each.add(value instanceof ObjectCreationExpr o ? created(o, client, depth)
                        : value instanceof NameExpr ? Timeouts.UNKNOWN : of(value, depth + 1));
            }
            return Timeouts.ofAll(each);
        }
        return Timeouts.UNKNOWN;
    }

    /**
     * The factory a builder chain ({@code RestTemplateBuilder}, {@code RestClient.builder()}) is given with
     * {@code requestFactory(..)}, judged like a constructor argument; none leaves the default factory (UNSET).
     */
    static Timeouts ofChain(MethodCallExpr build) {
        Expression e = build;
        while (e instanceof MethodCallExpr m) {
            if (m.getNameAsString().equals("requestFactory") && m.getArguments().size() == 1) {
                return of(m.getArgument(0));
            }
            e = m.getScope().orElse(null);
        }
        return Timeouts.UNSET;
    }

    /** A factory created here; {@code client} is what {@code setHttpClient} gave it later, if anything. */
    private static Timeouts created(ObjectCreationExpr o, Expression client, int depth) {
        String type = o.getType().getNameAsString();
        if (type.equals(SIMPLE)) {
            return Timeouts.UNSET;
        }
        if (type.equals(APACHE)) {
            Expression wrapped = client != null ? client : o.getArguments().isEmpty() ? null : o.getArgument(0);
            return wrapped == null ? Timeouts.UNSET : ApacheClients.of(wrapped);
        }
        if (WRAPPERS.contains(type) && !o.getArguments().isEmpty()) {
            return of(o.getArgument(0), depth + 1);
        }
        return BOUNDED.contains(type) ? Timeouts.SET : Timeouts.UNKNOWN;
    }

    /**
     * The request factory an Apache client is given to in its own method: {@code new
     * HttpComponentsClientHttpRequestFactory(client)} around the builder or its variable, or the variable of a
     * factory whose {@code setHttpClient(client)} is called.
     */
    static Optional<Expression> wrapping(MethodCallExpr build) {
        Node parent = build.getParentNode().orElse(null);
        while (parent instanceof CastExpr || parent instanceof EnclosedExpr) {
            parent = parent.getParentNode().orElse(null);
        }
        if (parent instanceof ObjectCreationExpr o && o.getType().getNameAsString().equals(APACHE)) {
            return Optional.of(o);
        }
        Optional<String> variable = Locals.storedIn(build);
        if (variable.isEmpty()) {
            return Optional.empty();
        }
        Node method = Locals.method(build);
        for (ObjectCreationExpr o : method.findAll(ObjectCreationExpr.class)) {
            if (o.getType().getNameAsString().equals(APACHE) && o.getArguments().size() == 1
                    && Locals.named(Locals.unwrap(o.getArgument(0)), variable.get())) {
                return Optional.of(o);
            }
        }
        for (MethodCallExpr m : method.findAll(MethodCallExpr.class)) {
            if (m.getNameAsString().equals("setHttpClient") && m.getArguments().size() == 1
                    && Locals.named(Locals.unwrap(m.getArgument(0)), variable.get()) && m.getScope().isPresent()) {
                return Optional.of(m.getScope().get());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a factory (created inline or held in a local) is handed to a client in its method:
     * {@code new RestTemplate(f)}, {@code template.setRequestFactory(f)} or the {@code requestFactory(f)} of a
     * RestTemplateBuilder or RestClient builder. Then RE001 or RE003 judges the whole chain at that client.
     */
    static boolean givenToClient(Expression factory) {
        if (factory instanceof ObjectCreationExpr && handsToTemplate(factory)) {
            return true;
        }
        Optional<String> variable = factory instanceof NameExpr n ? Optional.of(n.getNameAsString()) : Locals.storedIn(factory);
        if (variable.isEmpty()) {
            return false;
        }
        for (NameExpr use : Locals.method(factory).findAll(NameExpr.class)) {
            if (use.getNameAsString().equals(variable.get()) && handsToTemplate(use)) {
                return true;
            }
        }
        return false;
    }

    private static boolean handsToTemplate(Expression e) {
        Node child = e;
        Node parent = e.getParentNode().orElse(null);
        while (parent instanceof CastExpr || parent instanceof EnclosedExpr || parent instanceof LambdaExpr) {
            child = parent;
            parent = parent.getParentNode().orElse(null);
        }
        if (parent instanceof ObjectCreationExpr o && o.getArguments().contains(child)) {
            return RestTemplates.isTemplateType(o.getType().getNameAsString());
        }
        return parent instanceof MethodCallExpr m && m.getArguments().contains(child)
                && (m.getNameAsString().equals("setRequestFactory") || m.getNameAsString().equals("requestFactory")
                && (ClientChains.fromVariableOf(m, Set.of("RestTemplateBuilder"))
                || ClientChains.staticCall(ClientChains.first(m), "RestClient", "builder")));
    }
}
