package dev.stratum.audit;

import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.stratum.audit.security.chain.ChainReader;
import dev.stratum.audit.security.chain.SecurityChain;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Extracts the small cross-file facts of one file (entities, repositories, cache names, ...) in one pass. */
public final class FactCollector {
    static final Set<String> REPOSITORY_BASES = Set.of("Repository", "CrudRepository", "ListCrudRepository",
            "PagingAndSortingRepository", "ListPagingAndSortingRepository", "JpaRepository", "MongoRepository",
            "ReactiveCrudRepository", "R2dbcRepository", "JpaSpecificationExecutor", "CoroutineCrudRepository");

    private final Map<String, Set<String>> facts = new TreeMap<>();

    private FactCollector() {
    }

    public static Map<String, List<String>> collect(SourceFile file) {
        FactCollector c = new FactCollector();
        c.run(file);
        Map<String, List<String>> out = new TreeMap<>();
        c.facts.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    private void add(String key, String value) {
        facts.computeIfAbsent(key, k -> new TreeSet<>()).add(value);
    }

    private void run(SourceFile file) {
        for (AnnotationExpr a : file.all(AnnotationExpr.class)) {
            String name = Syntax.simpleName(a);
            add(FactKeys.ANNOTATION, name);
            switch (name) {
                case "Cacheable" -> CacheNames.of(a).forEach(n -> add(FactKeys.CACHE_READ, n));
                case "CachePut" -> CacheNames.of(a).forEach(n -> add(FactKeys.CACHE_PUT, n));
                case "CacheEvict" -> CacheNames.of(a).forEach(n -> add(FactKeys.CACHE_EVICT, n));
                default -> { }
            }
        }
        for (ImportDeclaration imp : file.unit().getImports()) {
            if (!imp.isAsterisk() && !imp.isStatic()) {
                add(FactKeys.TYPE, imp.getName().getIdentifier());
            }
        }
        for (ClassOrInterfaceType t : file.all(ClassOrInterfaceType.class)) {
            add(FactKeys.TYPE, t.getName().getIdentifier());
        }
        for (MethodCallExpr call : file.all(MethodCallExpr.class)) {
            if (FactKeys.NOTABLE_CALLS.contains(call.getNameAsString())) {
                add(FactKeys.CALL, call.getNameAsString());
            }
        }
        for (ClassOrInterfaceDeclaration type : file.all(ClassOrInterfaceDeclaration.class)) {
            declaration(type);
        }
        for (SecurityChain chain : ChainReader.read(file)) {
            add(FactKeys.SECURITY_CHAIN, chain.encode());
        }
        if (file.mentions("ExceptionHandler")) {
            for (MethodDeclaration m : file.all(MethodDeclaration.class)) {
                m.getAnnotationByName("ExceptionHandler").ifPresent(a -> handled(a, m));
            }
        }
        if (file.mentions("timeout") || file.mentions("Timeout")) {
            dbTimeout(file);
        }
        if (file.mentions("JwtClaimValidator")) {
            for (ObjectCreationExpr o : file.all(ObjectCreationExpr.class)) {
                if (o.getType().getNameAsString().equals("JwtClaimValidator") && !o.getArguments().isEmpty()
                        && audienceClaim(o.getArgument(0))) {
                    add(FactKeys.EVIDENCE, Evidence.JWT_AUDIENCE_CLAIM);
                }
            }
        }
    }

    /** The exception types of an {@code @ExceptionHandler}: its value, or else the method's parameters. */
    private void handled(AnnotationExpr a, MethodDeclaration m) {
        List<String> types = new java.util.ArrayList<>();
        Annotations.expression(a, "value").ifPresent(v -> v.walk(ClassExpr.class, c -> types.add(Syntax.typeName(c.getType()))));
        if (types.isEmpty()) {
            for (Parameter p : m.getParameters()) {
                String t = Syntax.typeName(p.getType());
                if (t.endsWith("Exception") || t.equals("Throwable") || t.endsWith("Error")) {
                    types.add(t);
                }
            }
        }
        types.forEach(t -> add(FactKeys.EXCEPTION_HANDLED, t));
    }

    private void dbTimeout(SourceFile file) {
        for (AnnotationExpr a : file.all(AnnotationExpr.class)) {
            if (Syntax.simpleName(a).equals("Transactional") && Annotations.expression(a, "timeout").isPresent()) {
                add(FactKeys.EVIDENCE, Evidence.DB_TIMEOUT);
                return;
            }
        }
        for (StringLiteralExpr s : file.all(StringLiteralExpr.class)) {
            String v = s.asString();
            if (v.endsWith("persistence.query.timeout") || v.equals("org.hibernate.timeout") || v.contains("statement_timeout")) {
                add(FactKeys.EVIDENCE, Evidence.DB_TIMEOUT);
                return;
            }
        }
    }

    private static boolean audienceClaim(Expression claim) {
        return claim instanceof StringLiteralExpr s && s.asString().equals("aud")
                || claim instanceof FieldAccessExpr f && f.getNameAsString().equals("AUD")
                || claim instanceof NameExpr n && n.getNameAsString().equals("AUD");
    }

    private void declaration(ClassOrInterfaceDeclaration type) {
        String name = type.getNameAsString();
        if (Syntax.annotated(type, "Entity")) {
            entity(type, name);
        }
        if (type.isInterface()) {
            for (ClassOrInterfaceType base : type.getExtendedTypes()) {
                if (REPOSITORY_BASES.contains(base.getNameAsString())) {
                    String entity = base.getTypeArguments().filter(args -> !args.isEmpty())
                            .map(args -> Syntax.typeName(args.get(0))).orElse("");
                    add(FactKeys.REPOSITORY, name + "|" + entity);
                }
            }
        } else if (Syntax.annotated(type, "Repository")) {
            add(FactKeys.REPOSITORY, name + "|");
        }
        if (Syntax.annotated(type, Syntax.CONTROLLER_ANNOTATIONS)) {
            add(FactKeys.CONTROLLER, name);
            for (FieldDeclaration f : type.getFields()) {
                add(FactKeys.CONTROLLER_INJECT, Syntax.typeName(f.getElementType()));
            }
            for (ConstructorDeclaration c : type.getConstructors()) {
                for (Parameter p : c.getParameters()) {
                    add(FactKeys.CONTROLLER_INJECT, Syntax.typeName(p.getType()));
                }
            }
        }
    }

    private void entity(ClassOrInterfaceDeclaration type, String name) {
        String table = type.getAnnotationByName("Table").flatMap(a -> Annotations.attribute(a, "name"))
                .orElse(snake(name));
        add(FactKeys.ENTITY, name + "|" + unquote(table));
        for (FieldDeclaration f : type.getFields()) {
            if (f.isStatic() || Syntax.annotated(f, Set.of("Transient", "OneToMany", "ManyToMany"))) {
                continue;
            }
            for (VariableDeclarator v : f.getVariables()) {
                String column = f.getAnnotationByName("Column").or(() -> f.getAnnotationByName("JoinColumn"))
                        .flatMap(a -> Annotations.attribute(a, "name"))
                        .orElse(Syntax.annotated(f, Set.of("ManyToOne", "OneToOne")) ? snake(v.getNameAsString()) + "_id"
                                : snake(v.getNameAsString()));
                add(FactKeys.COLUMN, name + "." + v.getNameAsString() + "|" + unquote(column));
                if (Syntax.annotated(f, Set.of("Id", "EmbeddedId"))) {
                    add(FactKeys.ID, name + "." + v.getNameAsString());
                }
            }
        }
    }

    private static String unquote(String s) {
        return s.replace("\"", "").replace("`", "").toLowerCase(Locale.ROOT);
    }

    /** Hibernate's default physical naming in Spring Boot: camelCase becomes snake_case. */
    public static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    static boolean isType(Type t, String name) {
        return Syntax.typeName(t).equals(name);
    }
}
