package dev.stratum.audit.security.chain;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.stratum.audit.SourceFile;
import dev.stratum.audit.Syntax;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the filter chains of one file: every method that builds a {@code SecurityFilterChain} or
 * {@code SecurityWebFilterChain} (or configures an {@code HttpSecurity}), with its {@code securityMatcher} scope and
 * its {@code requestMatchers(..).permitAll()/authenticated()} rules in source order; and {@code web.ignoring()} lists.
 * Matcher arguments are resolved from literals and constants of the same class; anything else is unknown.
 */
public final class ChainReader {
    private static final Set<String> CHAIN_TYPES = Set.of("SecurityFilterChain", "SecurityWebFilterChain");
    private static final Set<String> HTTP_TYPES = Set.of("HttpSecurity", "ServerHttpSecurity");
    static final Set<String> MATCHERS = Set.of("requestMatchers", "antMatchers", "mvcMatchers", "regexMatchers",
            "pathMatchers", "matchers");
    private static final Set<String> ANY = Set.of("anyRequest", "anyExchange");
    private static final Set<String> OPEN = Set.of("permitAll", "anonymous");
    private static final Set<String> GUARDED = Set.of("authenticated", "fullyAuthenticated", "hasRole", "hasAnyRole",
            "hasAuthority", "hasAnyAuthority", "access", "denyAll", "rememberMe", "hasIpAddress", "hasScope");
    private static final Set<String> SCOPE = Set.of("securityMatcher", "securityMatchers", "antMatcher", "mvcMatcher",
            "regexMatcher", "requestMatcher");

    private ChainReader() {
    }

    public static List<SecurityChain> read(SourceFile file) {
        if (!file.mentions("Security")) {
            return List.of();
        }
        List<SecurityChain> chains = new ArrayList<>();
        for (MethodDeclaration m : file.all(MethodDeclaration.class)) {
            if (isChainMethod(m)) {
                chains.add(chain(file, m));
            } else if (Syntax.typeName(m.getType()).equals("WebSecurityCustomizer") || file.mentions("ignoring")
                    && m.findFirst(MethodCallExpr.class, c -> c.getNameAsString().equals("ignoring")).isPresent()) {
                ignoring(file, m).ifPresent(chains::add);
            }
        }
        return chains;
    }

    private static boolean isChainMethod(MethodDeclaration m) {
        if (CHAIN_TYPES.contains(Syntax.typeName(m.getType()))) {
            return true;
        }
        return m.getType().isVoidType() && m.getParameters().stream().map(Parameter::getType).map(Syntax::typeName)
                .anyMatch(HTTP_TYPES::contains);
    }

    private static SecurityChain chain(SourceFile file, MethodDeclaration m) {
        List<String> scope = new ArrayList<>();
        List<MethodCallExpr> decisions = new ArrayList<>();
        for (MethodCallExpr call : m.findAll(MethodCallExpr.class)) {
            String name = call.getNameAsString();
            if (SCOPE.contains(name) && !insideAuthorisation(call)) {
                scope.addAll(patterns(call.getArguments(), call));
            } else if ((OPEN.contains(name) || GUARDED.contains(name)) && call.getScope().isPresent()
                    && call.getScope().get() instanceof MethodCallExpr matcher
                    && (MATCHERS.contains(matcher.getNameAsString()) || ANY.contains(matcher.getNameAsString()))) {
                decisions.add(call);
            }
        }
        decisions.sort(Comparator.comparingInt((MethodCallExpr c) -> c.getName().getBegin().map(p -> p.line).orElse(0))
                .thenComparingInt(c -> c.getName().getBegin().map(p -> p.column).orElse(0)));
        List<SecurityChain.Rule> rules = new ArrayList<>();
        for (MethodCallExpr d : decisions) {
            MethodCallExpr matcher = (MethodCallExpr) d.getScope().get();
            List<String> patterns = ANY.contains(matcher.getNameAsString()) ? List.of(SecurityChain.ANY)
                    : patterns(matcher.getArguments(), matcher);
            rules.add(new SecurityChain.Rule(patterns.isEmpty() ? List.of(SecurityChain.ANY) : patterns,
                    OPEN.contains(d.getNameAsString())));
        }
        return new SecurityChain(file.path(), Syntax.line(m.getName()), false, distinct(scope), rules,
                ChainLoginReader.read(m));
    }

    private static Optional<SecurityChain> ignoring(SourceFile file, MethodDeclaration m) {
        List<String> patterns = new ArrayList<>();
        for (MethodCallExpr call : m.findAll(MethodCallExpr.class)) {
            if (MATCHERS.contains(call.getNameAsString()) && call.getScope().isPresent()
                    && call.getScope().get() instanceof MethodCallExpr s && s.getNameAsString().equals("ignoring")) {
                patterns.addAll(patterns(call.getArguments(), call));
            }
        }
        return patterns.isEmpty() ? Optional.empty()
                : Optional.of(new SecurityChain(file.path(), Syntax.line(m.getName()), true, distinct(patterns), List.of(),
                        ChainLogin.NONE));
    }

    /** A matcher call inside {@code authorizeHttpRequests(..)} is a rule, not the chain's scope. */
    private static boolean insideAuthorisation(MethodCallExpr call) {
        Node n = call.getParentNode().orElse(null);
        while (n != null && !(n instanceof MethodDeclaration)) {
            // inside the arguments of authorize..(..), not merely the scope it is called on (http.securityMatcher(..).authorize..)
            if (n instanceof MethodCallExpr outer && outer.getNameAsString().startsWith("authorize")
                    && outer.getArguments().stream().anyMatch(a -> a == childOf(outer, call))) {
                return true;
            }
            n = n.getParentNode().orElse(null);
        }
        return false;
    }

    /** The direct child of {@code ancestor} on the way down to {@code node}. */
    private static Node childOf(Node ancestor, Node node) {
        Node current = node;
        while (current.getParentNode().isPresent() && current.getParentNode().get() != ancestor) {
            current = current.getParentNode().get();
        }
        return current;
    }

    /** The path patterns (or tokens) a matcher's arguments stand for. */
    static List<String> patterns(List<Expression> args, Node at) {
        List<String> out = new ArrayList<>();
        for (Expression a : args) {
            pattern(a, at, out, 0);
        }
        return out;
    }

    private static void pattern(Expression e, Node at, List<String> out, int depth) {
        if (depth > 8) {
            out.add(SecurityChain.UNKNOWN); // constants defined through each other (or in a cycle)
        } else if (e instanceof StringLiteralExpr s) {
            out.add(s.asString());
        } else if (e instanceof NameExpr n) {
            constant(at, n.getNameAsString()).ifPresentOrElse(init -> pattern(init, at, out, depth + 1),
                    () -> out.add(SecurityChain.UNKNOWN));
        } else if (e instanceof ArrayInitializerExpr arr) {
            arr.getValues().forEach(v -> pattern(v, at, out, depth + 1));
        } else if (e instanceof ArrayCreationExpr arr && arr.getInitializer().isPresent()) {
            pattern(arr.getInitializer().get(), at, out, depth + 1);
        } else if (e instanceof FieldAccessExpr f && f.getScope() instanceof NameExpr owner
                && owner.getNameAsString().equals("HttpMethod")) {
            // an HTTP method narrows the rule; the paths that follow say what it covers
        } else if (e instanceof LambdaExpr lambda) {
            for (MethodCallExpr c : lambda.findAll(MethodCallExpr.class)) {
                if (MATCHERS.contains(c.getNameAsString())) {
                    out.addAll(patterns(c.getArguments(), c));
                }
            }
        } else if (e instanceof MethodCallExpr call && endpointRequest(call, out)) {
            return;
        } else {
            List<String> literals = new ArrayList<>();
            e.findAll(StringLiteralExpr.class).forEach(s -> literals.add(s.asString()));
            out.addAll(literals.isEmpty() ? List.of(SecurityChain.UNKNOWN) : literals);
        }
    }

    /** {@code EndpointRequest.toAnyEndpoint()[.excluding(..)]}, {@code EndpointRequest.to(..)}, {@code PathRequest..}. */
    private static boolean endpointRequest(MethodCallExpr call, List<String> out) {
        MethodCallExpr first = call;
        List<MethodCallExpr> chain = new ArrayList<>();
        chain.add(call);
        while (first.getScope().isPresent() && first.getScope().get() instanceof MethodCallExpr m) {
            first = m;
            chain.add(m);
        }
        if (!(first.getScope().orElse(null) instanceof NameExpr owner)) {
            return false;
        }
        String type = owner.getNameAsString();
        if (type.equals("PathRequest")) {
            out.add("@static");
            return true;
        }
        if (!type.equals("EndpointRequest")) {
            return false;
        }
        String kind = first.getNameAsString();
        List<String> excluded = new ArrayList<>();
        for (MethodCallExpr c : chain) {
            if (c.getNameAsString().equals("excluding")) {
                excluded.addAll(endpointIds(c.getArguments()));
            }
        }
        if (kind.equals("toAnyEndpoint")) {
            out.add(SecurityChain.ENDPOINTS + (excluded.isEmpty() ? "" : "!" + String.join(",", excluded)));
        } else if (kind.equals("to")) {
            endpointIds(first.getArguments()).forEach(id -> out.add(SecurityChain.ENDPOINT + id));
        } else {
            out.add("@links");
        }
        return true;
    }

    /** {@code "health"} or {@code HealthEndpoint.class} as endpoint ids. */
    private static List<String> endpointIds(List<Expression> args) {
        List<String> ids = new ArrayList<>();
        for (Expression a : args) {
            if (a instanceof StringLiteralExpr s) {
                ids.add(s.asString());
            } else if (a instanceof ClassExpr c) {
                String n = Syntax.typeName(c.getType()).replaceAll("(WebExtension)?Endpoint$", "");
                ids.add(n.isEmpty() ? n : Character.toLowerCase(n.charAt(0)) + n.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return ids;
    }

    /** The initialiser of a field of the enclosing class (a constant such as {@code PUBLIC_PATHS}). */
    private static Optional<Expression> constant(Node at, String name) {
        Optional<ClassOrInterfaceDeclaration> owner = Syntax.enclosingClass(at);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        for (FieldDeclaration f : owner.get().getFields()) {
            for (VariableDeclarator v : f.getVariables()) {
                if (v.getNameAsString().equals(name) && f.isFinal()) {
                    return v.getInitializer();
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> distinct(List<String> list) {
        return list.stream().distinct().toList();
    }
}
