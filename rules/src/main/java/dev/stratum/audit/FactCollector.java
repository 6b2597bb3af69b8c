package dev.stratum.audit;

import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.stratum.audit.model.FileFacts;
import dev.stratum.audit.model.TypeInfo;
import dev.stratum.audit.security.CredentialCookies;
import dev.stratum.audit.security.chain.ChainReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Extracts what one file tells the rest of the project ({@link FileFacts}) in one pass over its nodes. */
public final class FactCollector {
    /** Calls worth knowing about across files: timeouts, TTLs, cache eviction, security configuration. */
    public static final Set<String> NOTABLE_CALLS = Set.of(
            "entryTtl", "expireAfterWrite", "expireAfterAccess", "evict", "evictIfPresent", "clear", "invalidate",
            "setConnectTimeout", "setReadTimeout", "connectTimeout", "readTimeout", "responseTimeout",
            "setConnectionRequestTimeout", "timeout", "requestFactory", "oauth2ResourceServer", "httpBasic",
            "formLogin", "authorizeHttpRequests", "authorizeRequests", "sessionCreationPolicy", "securityMatcher",
            "commandTimeout", "retry", "retryWhen", "circuitBreaker", "withRetry", "setMaximumPoolSize",
            "jwt", "opaqueToken", "createDefaultWithIssuer", "fromIssuerLocation", "fromOidcIssuerLocation",
            "withIssuerLocation", "setJwtValidator", "authenticationEntryPoint", "accessDeniedHandler",
            "serializeValuesWith", "setDefaultSerializer", "setValueSerializer", "setQueryTimeout",
            "setStatementTimeout", "ensureIndex", "createIndex", "indexOps", "withSecretKey", "withJwkSetUri",
            "withPublicKey");

    private FactCollector() {
    }

    public static FileFacts collect(SourceFile file) {
        Set<String> annotations = new TreeSet<>();
        Set<String> reads = new TreeSet<>();
        Set<String> puts = new TreeSet<>();
        Set<String> evicts = new TreeSet<>();
        Set<String> propertySources = new TreeSet<>();
        for (AnnotationExpr a : file.all(AnnotationExpr.class)) {
            String name = Syntax.simpleName(a);
            annotations.add(name);
            switch (name) {
                case "Cacheable" -> reads.addAll(CacheNames.of(a));
                case "CachePut" -> puts.addAll(CacheNames.of(a));
                case "CacheEvict" -> evicts.addAll(CacheNames.of(a));
                case "PropertySource" -> propertySources.addAll(Annotations.strings(a, "value"));
                default -> { }
            }
        }
        Set<String> typeNames = new TreeSet<>();
        for (ImportDeclaration imp : file.unit().getImports()) {
            if (!imp.isAsterisk() && !imp.isStatic()) {
                typeNames.add(imp.getName().getIdentifier());
            }
        }
        for (ClassOrInterfaceType t : file.all(ClassOrInterfaceType.class)) {
            typeNames.add(t.getName().getIdentifier());
        }
        Set<String> calls = new TreeSet<>();
        for (MethodCallExpr call : file.all(MethodCallExpr.class)) {
            if (NOTABLE_CALLS.contains(call.getNameAsString())) {
                calls.add(call.getNameAsString());
            }
        }
        String pkg = file.unit().getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        List<TypeInfo> types = new ArrayList<>();
        @SuppressWarnings("rawtypes")
        List<TypeDeclaration> declarations = file.all(TypeDeclaration.class);
        for (TypeDeclaration<?> type : declarations) {
            types.add(TypeCollector.of(type, pkg));
        }
        Set<String> handled = new TreeSet<>();
        if (file.mentions("ExceptionHandler")) {
            for (MethodDeclaration m : file.all(MethodDeclaration.class)) {
                m.getAnnotationByName("ExceptionHandler").ifPresent(a -> handled.addAll(handled(a, m)));
            }
        }
        return new FileFacts(List.copyOf(annotations), List.copyOf(typeNames), List.copyOf(calls), types,
                List.copyOf(reads), List.copyOf(puts), List.copyOf(evicts), List.copyOf(propertySources),
                ChainReader.read(file), List.copyOf(handled), List.copyOf(evidence(file)));
    }

    /** The exception types of an {@code @ExceptionHandler}: its value, or else the method's parameters. */
    private static List<String> handled(AnnotationExpr a, MethodDeclaration m) {
        List<String> types = new ArrayList<>();
        Annotations.expression(a, "value").ifPresent(v -> v.walk(ClassExpr.class, c -> types.add(Syntax.typeName(c.getType()))));
        if (types.isEmpty()) {
            for (Parameter p : m.getParameters()) {
                String t = Syntax.typeName(p.getType());
                if (t.endsWith("Exception") || t.equals("Throwable") || t.endsWith("Error")) {
                    types.add(t);
                }
            }
        }
        return types;
    }

    private static Set<Evidence> evidence(SourceFile file) {
        Set<Evidence> found = EnumSet.noneOf(Evidence.class);
        if ((file.mentions("timeout") || file.mentions("Timeout")) && dbTimeout(file)) {
            found.add(Evidence.DB_TIMEOUT);
        }
        if (file.mentions("Options") && file.mentions("feign")) {
            for (ObjectCreationExpr o : file.all(ObjectCreationExpr.class)) {
                if (o.getType().getNameAsString().equals("Options") && !o.getArguments().isEmpty()) {
                    found.add(Evidence.FEIGN_OPTIONS);
                }
            }
        }
        if (file.mentions("JwtClaimValidator")) {
            for (ObjectCreationExpr o : file.all(ObjectCreationExpr.class)) {
                if (o.getType().getNameAsString().equals("JwtClaimValidator") && !o.getArguments().isEmpty()
                        && audienceClaim(o.getArgument(0))) {
                    found.add(Evidence.JWT_AUDIENCE_CLAIM);
                }
            }
        }
        if ((file.mentions("Cookie") || file.mentions("cookie")) && CredentialCookies.present(file)) {
            found.add(Evidence.CREDENTIAL_COOKIE);
        }
        return found;
    }

    private static boolean dbTimeout(SourceFile file) {
        for (AnnotationExpr a : file.all(AnnotationExpr.class)) {
            if (Syntax.simpleName(a).equals("Transactional") && Annotations.expression(a, "timeout").isPresent()) {
                return true;
            }
        }
        for (StringLiteralExpr s : file.all(StringLiteralExpr.class)) {
            String v = s.asString();
            if (v.endsWith("persistence.query.timeout") || v.equals("org.hibernate.timeout") || v.contains("statement_timeout")) {
                return true;
            }
        }
        return false;
    }

    private static boolean audienceClaim(Expression claim) {
        return claim instanceof StringLiteralExpr s && s.asString().equals("aud")
                || claim instanceof FieldAccessExpr f && f.getNameAsString().equals("AUD")
                || claim instanceof NameExpr n && n.getNameAsString().equals("AUD");
    }

    /** Hibernate's default physical naming in Spring Boot: camelCase becomes snake_case. */
    public static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
