package dev.stratum.audit.security;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.stratum.audit.Annotations;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.audit.Syntax;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.Set;

/** SE006: CORS allowing any origin together with credentials. */
public final class CorsWildcardCredentialsCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("SE006", AuditArea.SECURITY, Severity.HIGH,
            "CORS allows any origin with credentials",
            "Any website can then make authenticated requests with the user's cookies and read the responses. "
                    + "(allowedOrigins(\"*\") with credentials fails at startup; allowedOriginPatterns(\"*\") "
                    + "silently works, which is worse.)",
            "List the trusted origins explicitly, or drop allowCredentials if the API uses bearer tokens.",
            "registry.addMapping(\"/**\").allowedOriginPatterns(\"*\").allowCredentials(true);",
            "registry.addMapping(\"/api/**\").allowedOrigins(\"https://app.example.com\").allowCredentials(true);")
            .scope("@CrossOrigin whose origins, value or originPatterns hold a literal \"*\" and whose "
                            + "allowCredentials is the literal \"true\"; calls of "
                            + "allowedOrigins/allowedOriginPatterns, addAllowedOrigin(Pattern) and "
                            + "setAllowedOrigins/setAllowedOriginPatterns with a literal \"*\" (also inside List.of, "
                            + "Arrays.asList, singletonList) in a file whose text contains allowCredentials(true) or "
                            + "setAllowCredentials(true).",
                    "Origins or the credentials flag taken from constants, variables or configuration (own "
                            + "app.cors.* properties, management.endpoints.web.cors.*, gateway globalcors YAML), "
                            + "Boolean.TRUE, filters that echo the request's Origin header back; it pairs the "
                            + "wildcard with credentials by file, not by configuration object, so a public wildcard "
                            + "mapping in the same file as a credentialed mapping with listed origins is reported "
                            + "too.");

    private static final Set<String> ORIGIN_METHODS = Set.of("allowedOrigins", "allowedOriginPatterns",
            "addAllowedOrigin", "addAllowedOriginPattern", "setAllowedOrigins", "setAllowedOriginPatterns");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("\"*\"")) {
            return;
        }
        if (file.mentions("CrossOrigin")) {
            for (AnnotationExpr a : file.all(AnnotationExpr.class)) {
                if (Syntax.simpleName(a).equals("CrossOrigin")
                        && (Annotations.strings(a, "origins").contains("*") || Annotations.strings(a, "value").contains("*")
                        || Annotations.strings(a, "originPatterns").contains("*"))
                        && Annotations.attribute(a, "allowCredentials").map("true"::equals).orElse(false)) {
                    sink.report(this, a, "@CrossOrigin allows any origin with credentials");
                }
            }
        }
        if (!file.mentions("llowCredentials(true)")) {
            return;
        }
        for (MethodCallExpr call : file.all(MethodCallExpr.class)) {
            if (ORIGIN_METHODS.contains(call.getNameAsString()) && call.getArguments().stream().anyMatch(CorsWildcardCredentialsCheck::star)) {
                sink.report(this, call, call.getNameAsString() + "(\"*\") in a CORS configuration that allows credentials");
            }
        }
    }

    private static boolean star(Expression e) {
        if (e instanceof StringLiteralExpr s) {
            return s.asString().equals("*");
        }
        return e instanceof MethodCallExpr m && (m.getNameAsString().equals("of") || m.getNameAsString().equals("asList")
                || m.getNameAsString().equals("singletonList")) && m.getArguments().stream().anyMatch(CorsWildcardCredentialsCheck::star);
    }

}
