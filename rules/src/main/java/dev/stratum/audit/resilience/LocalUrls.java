package dev.stratum.audit.resilience;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a {@code URL} names something local: a class path resource ({@code getResource}, {@code ClassPathResource}),
 * a file ({@code file.toURI().toURL()}, {@code file:} or {@code jar:}). Opening it reads the jar or the disk, not the
 * network, so it needs no connect or read timeout.
 */
final class LocalUrls {
    private static final Set<String> RESOURCE_LOOKUPS = Set.of("getResource", "getSystemResource");
    private static final Set<String> LOCAL_RESOURCES = Set.of("ClassPathResource", "FileSystemResource", "FileUrlResource",
            "PathResource");
    private static final List<String> LOCAL_SCHEMES = List.of("file:", "jar:", "classpath:");

    private LocalUrls() {
    }

    static boolean isLocal(Expression url) {
        return isLocal(url, 0);
    }

    private static boolean isLocal(Expression url, int depth) {
        Expression e = Locals.unwrap(url);
        if (depth > 4) {
            return false;
        }
        if (e instanceof MethodCallExpr m) {
            String name = m.getNameAsString();
            if (RESOURCE_LOOKUPS.contains(name)) {
                return true;
            }
            if (name.equals("toURL")) { // File.toURI().toURL(), Path.toUri().toURL(); not URI.create("http..").toURL()
                return m.getScope().map(s -> s instanceof MethodCallExpr inner
                        && (inner.getNameAsString().equals("toURI") || inner.getNameAsString().equals("toUri"))).orElse(false);
            }
            if (name.equals("getURL")) {
                return m.getScope().map(s -> s instanceof ObjectCreationExpr o
                        && LOCAL_RESOURCES.contains(o.getType().getNameAsString())).orElse(false)
                        || ClientChains.staticCall(m, "ResourceUtils", "getURL") && localLiteral(m);
            }
            return false;
        }
        if (e instanceof ObjectCreationExpr o) {
            return o.getType().getNameAsString().equals("URL") && localLiteral(o);
        }
        if (e instanceof NameExpr n) {
            List<Expression> values = Locals.values(e, n.getNameAsString()).or(() -> fieldInitializer(e, n.getNameAsString()))
                    .orElse(List.of());
            return !values.isEmpty() && values.stream().allMatch(v -> isLocal(v, depth + 1));
        }
        return false;
    }

    private static boolean localLiteral(Node call) {
        return call.getChildNodes().stream().anyMatch(c -> c instanceof StringLiteralExpr s
                && LOCAL_SCHEMES.stream().anyMatch(p -> s.asString().toLowerCase(Locale.ROOT).startsWith(p)));
    }

    /** The initializer of a field {@code name} of the enclosing type (a constant URL of the class). */
    private static Optional<List<Expression>> fieldInitializer(Node at, String name) {
        Optional<TypeDeclaration> type = at.findAncestor(TypeDeclaration.class);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        for (Object f : type.get().getFields()) {
            for (VariableDeclarator v : ((FieldDeclaration) f).getVariables()) {
                if (v.getNameAsString().equals(name)) {
                    return v.getInitializer().map(List::of);
                }
            }
        }
        return Optional.empty();
    }
}
