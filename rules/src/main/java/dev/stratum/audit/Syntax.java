package dev.stratum.audit;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import java.util.Optional;
import java.util.Set;

/** Small syntactic helpers shared by checks: annotations by simple name, enclosing declarations, receiver types. */
public final class Syntax {
    public static final Set<String> CONTROLLER_ANNOTATIONS = Set.of("RestController", "Controller");
    public static final Set<String> HANDLER_ANNOTATIONS = Set.of("GetMapping", "PostMapping", "PutMapping",
            "DeleteMapping", "PatchMapping", "RequestMapping");

    private Syntax() {
    }

    /** The simple name of an annotation, whether written simple or qualified. */
    public static String simpleName(AnnotationExpr annotation) {
        return annotation.getName().getIdentifier();
    }

    public static boolean annotated(NodeWithAnnotations<?> node, Set<String> names) {
        for (AnnotationExpr a : node.getAnnotations()) {
            if (names.contains(simpleName(a))) {
                return true;
            }
        }
        return false;
    }

    public static boolean annotated(NodeWithAnnotations<?> node, String name) {
        return annotated(node, Set.of(name));
    }

    public static Optional<ClassOrInterfaceDeclaration> enclosingClass(Node node) {
        return node.findAncestor(ClassOrInterfaceDeclaration.class);
    }

    public static Optional<MethodDeclaration> enclosingMethod(Node node) {
        return node.findAncestor(MethodDeclaration.class);
    }

    public static boolean inController(Node node) {
        return enclosingClass(node).map(c -> annotated(c, CONTROLLER_ANNOTATIONS)).orElse(false);
    }

    /** Whether {@code node} runs once per element of a loop: inside a loop body or a forEach/map lambda. */
    public static boolean inLoop(Node node) {
        Node current = node;
        while (current.getParentNode().isPresent()) {
            Node parent = current.getParentNode().get();
            if (parent instanceof CallableDeclaration<?> || parent instanceof TypeDeclaration<?>) {
                return false;
            }
            if (parent instanceof ForEachStmt f && f.getBody() == current
                    || parent instanceof ForStmt fs && fs.getBody() == current
                    || parent instanceof WhileStmt w && w.getBody() == current
                    || parent instanceof DoStmt d && d.getBody() == current) {
                return true;
            }
            if (parent instanceof LambdaExpr && parent.getParentNode().orElse(null) instanceof MethodCallExpr call
                    && perElement(call)) {
                return true;
            }
            current = parent;
        }
        return false;
    }

    /** Types that hold one page of a query's results: a loop over one runs at most page-size times. */
    private static final Set<String> PAGE_TYPES = Set.of("Page", "Slice", "PageInfo");

    /**
     * The line of the innermost loop (a loop statement, or a call whose lambda runs per element) that runs
     * {@code node} once per element, or 0. A loop over one {@code Page} or {@code Slice} of results (a local or
     * parameter declared so, or its {@code getContent()}) is bounded by the page size and is not counted.
     */
    public static int loopLine(Node node) {
        Node current = node;
        while (current.getParentNode().isPresent()) {
            Node parent = current.getParentNode().get();
            if (parent instanceof CallableDeclaration<?> || parent instanceof TypeDeclaration<?>) {
                return 0;
            }
            if (parent instanceof ForEachStmt f && f.getBody() == current) {
                return overPage(f.getIterable()) ? 0 : line(f);
            }
            if (parent instanceof ForStmt fs && fs.getBody() == current
                    || parent instanceof WhileStmt w && w.getBody() == current
                    || parent instanceof DoStmt d && d.getBody() == current) {
                return line(parent);
            }
            if (parent instanceof LambdaExpr && parent.getParentNode().orElse(null) instanceof MethodCallExpr call
                    && perElement(call)) {
                return call.getScope().filter(Syntax::overPage).isPresent() ? 0 : line(call);
            }
            current = parent;
        }
        return 0;
    }

    /** {@code page}, {@code page.getContent()} or {@code page.getContent().stream()} where page is a Page or Slice. */
    private static boolean overPage(Expression e) {
        Expression x = e;
        while (x instanceof MethodCallExpr m && m.getScope().isPresent()
                && (m.getNameAsString().equals("getContent") || m.getNameAsString().equals("getList")
                || m.getNameAsString().equals("stream"))) {
            x = m.getScope().get();
        }
        return x instanceof NameExpr n && declaredType(e, n.getNameAsString()).map(PAGE_TYPES::contains).orElse(false);
    }

    private static final Set<String> PER_ELEMENT = Set.of("forEach", "forEachOrdered", "map", "flatMap", "peek",
            "filter", "mapToObj", "mapToInt", "mapToLong", "concatMap", "flatMapIterable", "doOnNext");
    /** Calls whose result is a stream of elements (a lambda on it runs per element). */
    private static final Set<String> STREAM_SOURCES = Set.of("stream", "parallelStream", "chars", "codePoints",
            "lines", "ints", "longs", "doubles", "bodyToFlux", "fromIterable", "fromStream", "fromArray", "range",
            "iterate", "generate", "entrySet", "values", "keySet");
    /** Calls that keep a stream a stream. */
    private static final Set<String> STREAM_STEPS = Set.of("map", "flatMap", "filter", "peek", "sorted", "distinct",
            "limit", "skip", "boxed", "mapToObj", "mapToInt", "mapToLong", "takeWhile", "dropWhile", "concatMap",
            "flatMapIterable", "doOnNext", "parallel", "sequential", "unordered", "onClose");
    private static final Set<String> STREAM_TYPES = Set.of("Stream", "IntStream", "LongStream", "DoubleStream", "Flux",
            "List", "Set", "Collection", "Iterable", "Map", "ArrayList", "LinkedList", "HashSet", "TreeSet", "Queue",
            "Deque", "SortedSet", "NavigableSet", "Page", "Slice");

    /**
     * Whether a lambda passed to {@code call} runs once per element: {@code forEach} always; {@code map},
     * {@code flatMap}, {@code filter} and {@code peek} only on a stream or collection, not on an {@code Optional} or
     * a {@code Mono} ({@code repository.findById(id).map(..)} runs at most once). The receiver is followed down its
     * chain to a stream source, a declared variable type or a static factory; when it cannot be told, not a loop.
     */
    static boolean perElement(MethodCallExpr call) {
        String name = call.getNameAsString();
        if (name.equals("forEach") || name.equals("forEachOrdered")) {
            return true;
        }
        if (!PER_ELEMENT.contains(name)) {
            return false;
        }
        Expression scope = call.getScope().orElse(null);
        for (int depth = 0; scope != null && depth < 64; depth++) {
            if (scope instanceof MethodCallExpr m) {
                String n = m.getNameAsString();
                if (m.getScope().orElse(null) instanceof NameExpr type && Character.isUpperCase(type.getNameAsString().charAt(0))
                        && declaredType(m, type.getNameAsString()).isEmpty()) {
                    return STREAM_TYPES.contains(type.getNameAsString()) || type.getNameAsString().equals("Arrays")
                            || type.getNameAsString().equals("StreamSupport");
                }
                if (STREAM_SOURCES.contains(n)) {
                    return true;
                }
                if (!STREAM_STEPS.contains(n)) {
                    return false; // findFirst, findById, orElse.., a method of unknown type
                }
                scope = m.getScope().orElse(null);
            } else if (scope instanceof NameExpr v) {
                return declaredType(call, v.getNameAsString()).map(STREAM_TYPES::contains).orElse(false);
            } else if (scope instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr) {
                return declaredType(call, f.getNameAsString()).map(STREAM_TYPES::contains).orElse(false);
            } else {
                return false;
            }
        }
        return false;
    }

    /** Simple type name without generics or package: {@code java.util.List<X>} becomes {@code List}. */
    public static String typeName(Type type) {
        if (type instanceof ClassOrInterfaceType c) {
            return c.getName().getIdentifier();
        }
        return type.asString();
    }

    /**
     * The declared simple type of a call's receiver when it is a local variable, parameter or field of the
     * enclosing class ({@code repo.find()}, {@code this.repo.find()}); empty when it cannot be told syntactically.
     */
    public static Optional<String> receiverType(MethodCallExpr call) {
        Optional<Expression> scope = call.getScope();
        if (scope.isEmpty()) {
            return Optional.empty();
        }
        String name;
        if (scope.get() instanceof NameExpr n) {
            name = n.getNameAsString();
        } else if (scope.get() instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr) {
            name = f.getNameAsString();
        } else {
            return Optional.empty();
        }
        return declaredType(call, name);
    }

    /** The declared simple type of {@code name} as seen from {@code at}: locals and parameters first, then fields. */
    public static Optional<String> declaredType(Node at, String name) {
        Optional<CallableDeclaration> callable = at.findAncestor(CallableDeclaration.class);
        if (callable.isPresent()) {
            for (Object p : callable.get().getParameters()) {
                Parameter param = (Parameter) p;
                if (param.getNameAsString().equals(name)) {
                    return Optional.of(typeName(param.getType()));
                }
            }
            for (VariableDeclarator v : callable.get().findAll(VariableDeclarator.class)) {
                if (v.getNameAsString().equals(name) && !v.getType().isVarType()) {
                    return Optional.of(typeName(v.getType()));
                }
            }
        }
        Optional<ClassOrInterfaceDeclaration> owner = enclosingClass(at);
        if (owner.isPresent()) {
            for (FieldDeclaration field : owner.get().getFields()) {
                for (VariableDeclarator v : field.getVariables()) {
                    if (v.getNameAsString().equals(name)) {
                        return Optional.of(typeName(v.getType()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a string is built by concatenating a literal with something that is not a constant. */
    public static boolean concatenatesNonConstant(Expression expr) {
        if (!(expr instanceof BinaryExpr b) || b.getOperator() != BinaryExpr.Operator.PLUS) {
            return false;
        }
        return hasStringLiteral(b) && hasNonConstantOperand(b);
    }

    private static boolean hasStringLiteral(Expression e) {
        if (e instanceof StringLiteralExpr || e instanceof TextBlockLiteralExpr) {
            return true;
        }
        return e instanceof BinaryExpr b && (hasStringLiteral(b.getLeft()) || hasStringLiteral(b.getRight()));
    }

    private static boolean hasNonConstantOperand(Expression e) {
        if (e.isEnclosedExpr()) {
            return hasNonConstantOperand(e.asEnclosedExpr().getInner());
        }
        if (e instanceof BinaryExpr b) {
            return hasNonConstantOperand(b.getLeft()) || hasNonConstantOperand(b.getRight());
        }
        if (e.isLiteralExpr()) {
            return false;
        }
        if (e instanceof NameExpr n) {
            return !isConstantName(n.getNameAsString());
        }
        if (e instanceof FieldAccessExpr f) {
            return !isConstantName(f.getNameAsString());
        }
        return true;
    }

    /** UPPER_SNAKE names are constants by convention. */
    public static boolean isConstantName(String name) {
        return name.length() > 1 && name.equals(name.toUpperCase(java.util.Locale.ROOT)) && name.chars().anyMatch(Character::isLetter);
    }

    public static boolean isConstructor(Node node) {
        return node instanceof ConstructorDeclaration;
    }

    /** 1-based line where a node begins, 0 when unknown. */
    public static int line(Node node) {
        return node.getBegin().map(p -> p.line).orElse(0);
    }

    public static int endLine(Node node) {
        return node.getEnd().map(p -> p.line).orElse(line(node));
    }
}
