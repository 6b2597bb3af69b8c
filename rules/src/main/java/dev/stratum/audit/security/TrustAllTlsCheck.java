package dev.stratum.audit.security;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.audit.Syntax;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.Set;

/** SE008: TLS certificate or host name verification switched off. */
public final class TrustAllTlsCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("SE008", AuditArea.SECURITY, Severity.CRITICAL,
            "TLS certificate or host name checks disabled",
            "A trust-all TrustManager or an always-true HostnameVerifier accepts any certificate, so anyone on the "
                    + "network path can impersonate the remote service and read or change the traffic.",
            "Delete the trust-all code. For private CAs, load the CA into a trust store (spring.ssl.bundle.*) "
                    + "instead of disabling verification.",
            "public void checkServerTrusted(X509Certificate[] chain, String authType) { }",
            "spring.ssl.bundle.pem.partner.truststore.certificate: classpath:partner-ca.pem")
            .scope("X509TrustManager.checkServerTrusted with an empty body, HostnameVerifier.verify returning true "
                            + "(methods and lambdas), Apache's NoopHostnameVerifier, AllowAllHostnameVerifier, "
                            + "TrustAllStrategy and TrustSelfSignedStrategy, Netty's InsecureTrustManagerFactory, and "
                            + "TrustStrategy lambdas, method references and classes whose isTrusted returns true "
                            + "(declared as a TrustStrategy, cast to one or passed to loadTrustMaterial).",
                    "A trust manager that checks something but not enough (only the expiry date), a verifier that "
                            + "returns a condition that is always true, trust-all code in a library or in another "
                            + "file's method reference target; whether the client is ever used in production.");

    private static final Set<String> INSECURE_TYPES = Set.of("NoopHostnameVerifier", "TrustAllStrategy",
            "TrustSelfSignedStrategy", "AllowAllHostnameVerifier", "TrustAllManager");
    private static final Set<String> INSECURE_FIELDS = Set.of("ALLOW_ALL_HOSTNAME_VERIFIER", "INSTANCE");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("Trust") && !file.mentions("HostnameVerifier") && !file.mentions("hostnameVerifier")
                && !file.mentions("loadTrustMaterial")) {
            return;
        }
        for (MethodDeclaration m : file.all(MethodDeclaration.class)) {
            if (m.getNameAsString().equals("checkServerTrusted") && m.getBody().map(b -> b.getStatements().isEmpty()).orElse(false)) {
                sink.report(this, m.getName(), "checkServerTrusted accepts every certificate");
            } else if (m.getNameAsString().equals("isTrusted") && m.getParameters().size() == 2 && returnsTrue(m)
                    && implementsTrustStrategy(m)) {
                sink.report(this, m.getName(), "TrustStrategy trusts every certificate chain");
            } else if (m.getNameAsString().equals("verify") && m.getParameters().size() == 2
                    && m.getParameter(1).getType().asString().endsWith("SSLSession") && returnsTrue(m)) {
                sink.report(this, m.getName(), "HostnameVerifier accepts every host name");
            }
        }
        for (ObjectCreationExpr n : file.all(ObjectCreationExpr.class)) {
            if (INSECURE_TYPES.contains(n.getType().getNameAsString())) {
                sink.report(this, n, n.getType().getNameAsString() + " disables certificate or host name checks");
            }
        }
        for (FieldAccessExpr f : file.all(FieldAccessExpr.class)) {
            String scope = f.getScope().toString();
            if (INSECURE_FIELDS.contains(f.getNameAsString()) && (scope.endsWith("NoopHostnameVerifier")
                    || scope.endsWith("InsecureTrustManagerFactory") || scope.endsWith("TrustAllStrategy")
                    || scope.endsWith("TrustSelfSignedStrategy")
                    || f.getNameAsString().equals("ALLOW_ALL_HOSTNAME_VERIFIER"))) {
                sink.report(this, f, scope + "." + f.getNameAsString() + " disables certificate or host name checks");
            }
        }
        for (LambdaExpr l : file.all(LambdaExpr.class)) {
            if (l.getParameters().size() != 2 || !isTrue(l.getBody())) {
                continue;
            }
            if (l.getParentNode().orElse(null) instanceof MethodCallExpr call
                    && call.getNameAsString().toLowerCase(java.util.Locale.ROOT).contains("hostnameverifier")) {
                sink.report(this, l, "HostnameVerifier accepts every host name");
            } else if (trustStrategy(l)) {
                sink.report(this, l, "TrustStrategy returning true trusts every certificate chain");
            }
        }
        for (MethodReferenceExpr r : file.all(MethodReferenceExpr.class)) {
            if (trustStrategy(r) && file.all(MethodDeclaration.class).stream().anyMatch(m -> m.getNameAsString()
                    .equals(r.getIdentifier()) && m.getParameters().size() == 2 && returnsTrue(m))) {
                sink.report(this, r, "TrustStrategy " + r + " returns true: it trusts every certificate chain");
            }
        }
    }

    private static boolean implementsTrustStrategy(MethodDeclaration m) {
        Node owner = m.getParentNode().orElse(null);
        if (owner instanceof ObjectCreationExpr o) {
            return o.getType().getNameAsString().equals("TrustStrategy");
        }
        return owner instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration c
                && c.getImplementedTypes().stream().anyMatch(t -> t.getNameAsString().equals("TrustStrategy"));
    }

    /**
     * Whether a lambda or method reference is used as an Apache {@code TrustStrategy}: declared as one, cast to one,
     * or passed to {@code loadTrustMaterial(..)} (Apache's SSLContextBuilder/SSLContexts).
     */
    private static boolean trustStrategy(Expression e) {
        Node parent = e.getParentNode().orElse(null);
        while (parent instanceof EnclosedExpr) {
            parent = parent.getParentNode().orElse(null);
        }
        if (parent instanceof CastExpr c) {
            return Syntax.typeName(c.getType()).equals("TrustStrategy");
        }
        if (parent instanceof VariableDeclarator v) {
            return Syntax.typeName(v.getType()).equals("TrustStrategy");
        }
        return parent instanceof MethodCallExpr call && call.getNameAsString().equals("loadTrustMaterial")
                && call.getArguments().contains(e);
    }

    private static boolean returnsTrue(MethodDeclaration m) {
        return m.getBody().map(b -> b.getStatements().size() == 1 && isTrue(b.getStatement(0))).orElse(false);
    }

    private static boolean isTrue(Node body) {
        if (body instanceof ExpressionStmt e) {
            return e.getExpression() instanceof BooleanLiteralExpr b && b.getValue();
        }
        if (body instanceof ReturnStmt r) {
            return r.getExpression().map(x -> x instanceof BooleanLiteralExpr b && b.getValue()).orElse(false);
        }
        if (body instanceof com.github.javaparser.ast.stmt.BlockStmt block) {
            return block.getStatements().size() == 1 && isTrue(block.getStatement(0));
        }
        return body instanceof BooleanLiteralExpr b && b.getValue();
    }

}
