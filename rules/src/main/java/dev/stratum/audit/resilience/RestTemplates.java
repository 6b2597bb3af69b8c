package dev.stratum.audit.resilience;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.stratum.audit.SourceFile;
import dev.stratum.audit.Syntax;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** RestTemplate and its subclasses as the outer link of a client chain: which factory a template gets, if any. */
final class RestTemplates {
    /** RestTemplate and the library subclasses that keep its default request factory unless given one. */
    private static final Set<String> TYPES = Set.of("RestTemplate", "OAuth2RestTemplate", "KeycloakRestTemplate");
    /** Subclasses whose constructors take no request factory (spring-security-oauth2's take resource details). */
    private static final Set<String> NO_FACTORY_ARGUMENT = Set.of("OAuth2RestTemplate");
    private static final Set<String> LISTS = Set.of("List", "ArrayList", "LinkedList", "Collection");

    private RestTemplates() {
    }

    static boolean isTemplateType(String simpleName) {
        return TYPES.contains(simpleName);
    }

    /**
     * The template types of a file: the library's, plus subclasses declared in the file that neither pass a factory
     * to {@code super(..)} nor set one themselves (those are configured where they are declared).
     */
    static Set<String> typesIn(SourceFile file) {
        Set<String> types = new HashSet<>(TYPES);
        for (ClassOrInterfaceDeclaration c : file.all(ClassOrInterfaceDeclaration.class)) {
            boolean template = c.getExtendedTypes().stream().map(ClassOrInterfaceType::getNameAsString).anyMatch(TYPES::contains);
            boolean configures = !c.findAll(ExplicitConstructorInvocationStmt.class, s -> !s.getArguments().isEmpty()).isEmpty()
                    || !c.findAll(MethodCallExpr.class, m -> m.getNameAsString().equals("setRequestFactory")).isEmpty();
            if (template && !configures) {
                types.add(c.getNameAsString());
            }
        }
        return types;
    }

    /** The request factory a template is created with: empty when it keeps the default one (no timeouts). */
    static Optional<Expression> factoryArgument(ObjectCreationExpr creation) {
        String type = creation.getType().getNameAsString();
        if (creation.getArguments().isEmpty() || NO_FACTORY_ARGUMENT.contains(type)) {
            return Optional.empty();
        }
        if (!TYPES.contains(type)) {
            return Optional.of(creation.getArgument(0)); // a subclass of this file with arguments: not judged
        }
        Expression arg = Locals.unwrap(creation.getArgument(0));
        return converters(arg) ? Optional.empty() : Optional.of(arg);
    }

    /** {@code new RestTemplate(messageConverters)}: a list, not a factory. */
    private static boolean converters(Expression arg) {
        if (arg instanceof NameExpr n) {
            return Syntax.declaredType(arg, n.getNameAsString()).map(LISTS::contains).orElse(false);
        }
        if (arg instanceof ObjectCreationExpr o) {
            return LISTS.contains(o.getType().getNameAsString());
        }
        return arg instanceof MethodCallExpr m && (ClientChains.staticCall(m, "List", "of")
                || ClientChains.staticCall(m, "Arrays", "asList") || ClientChains.staticCall(m, "Collections", "singletonList"));
    }

    /**
     * What happens to a template after it is created: a factory set on its variable (in its method for a local,
     * anywhere in the class for a field)
     * ({@code template.setRequestFactory(f)}, judged like a constructor argument), or a factory reached in a way
     * this file cannot follow ({@code getRequestFactory()}, {@code setRequestFactory} on another expression).
     */
    static Timeouts setLater(ObjectCreationExpr creation) {
        Optional<String> variable = Locals.storedIn(creation);
        boolean local = variable.isPresent() && Locals.values(creation, variable.get()).isPresent();
        Node type = local ? Locals.method(creation) : creation.findAncestor(ClassOrInterfaceDeclaration.class)
                .map(n -> (Node) n).orElse(creation.findRootNode());
        List<MethodCallExpr> calls = type.findAll(MethodCallExpr.class, m -> m.getNameAsString().equals("setRequestFactory")
                || m.getNameAsString().equals("getRequestFactory"));
        Timeouts found = null;
        for (MethodCallExpr m : calls) {
            Expression scope = m.getScope().orElse(null);
            boolean onThis = variable.isPresent() && scope != null && Locals.named(scope, variable.get());
            if (m.getNameAsString().equals("getRequestFactory") || scope != null && !onThis && !(scope instanceof NameExpr)) {
                return Timeouts.UNKNOWN;
            }
            if (onThis && m.getArguments().size() == 1) {
                Timeouts t = RequestFactories.of(m.getArgument(0));
                found = found == null || t != Timeouts.UNSET ? t : found;
            }
        }
        return found == null ? Timeouts.UNSET : found;
    }
}
