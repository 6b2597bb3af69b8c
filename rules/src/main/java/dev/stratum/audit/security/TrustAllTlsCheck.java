package dev.stratum.audit.security;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
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
            "spring.ssl.bundle.pem.partner.truststore.certificate: classpath:partner-ca.pem");

    private static final Set<String> INSECURE_TYPES = Set.of("NoopHostnameVerifier", "TrustAllStrategy",
            "TrustSelfSignedStrategy", "AllowAllHostnameVerifier", "TrustAllManager");
    private static final Set<String> INSECURE_FIELDS = Set.of("ALLOW_ALL_HOSTNAME_VERIFIER", "INSTANCE");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("Trust") && !file.mentions("HostnameVerifier") && !file.mentions("hostnameVerifier")) {
            return;
        }
        for (MethodDeclaration m : file.all(MethodDeclaration.class)) {
            if (m.getNameAsString().equals("checkServerTrusted") && m.getBody().map(b -> b.getStatements().isEmpty()).orElse(false)) {
                sink.report(this, m.getName(), "checkServerTrusted accepts every certificate");
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
                    || f.getNameAsString().equals("ALLOW_ALL_HOSTNAME_VERIFIER"))) {
                sink.report(this, f, scope + "." + f.getNameAsString() + " disables certificate or host name checks");
            }
        }
        for (LambdaExpr l : file.all(LambdaExpr.class)) {
            if (l.getParameters().size() == 2 && l.getParentNode().orElse(null) instanceof MethodCallExpr call
                    && call.getNameAsString().toLowerCase(java.util.Locale.ROOT).contains("hostnameverifier")
                    && isTrue(l.getBody())) {
                sink.report(this, l, "HostnameVerifier accepts every host name");
            }
        }
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
