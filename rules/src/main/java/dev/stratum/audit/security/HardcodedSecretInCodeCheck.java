package dev.stratum.audit.security;

import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.HashSet;
import java.util.Set;

/** SE001: a secret written into the source code. The value is never printed. */
public final class HardcodedSecretInCodeCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("SE001", AuditArea.SECURITY, Severity.HIGH,
            "Hard-coded secret in code",
            "A password, key or token in the source is in every clone, fork, build log and artifact, forever (git "
                    + "history keeps it after the line is deleted), and it cannot be rotated without a release.",
            "Read it from the environment or a secret store (${DB_PASSWORD}, Vault, a Kubernetes secret) and "
                    + "rotate the leaked value.",
            "private static final String API_KEY = \"sk_live_51H...\";",
            "@Value(\"${payments.api-key}\") private String apiKey;")
            .scope("String literals assigned to variables, fields and constants whose names say secret (password, "
                            + "secret, token, api key, credentials; see Secrets) when the value looks like one (8 characters "
                            + "or more, three character classes or long and random, not a placeholder or an identifier), "
                            + "and any literal in a known credential format (AWS, GitHub, GitLab, Slack, Stripe, Google "
                            + "API keys, private-key blocks).",
                    "Secrets under neutral names, built by concatenation or decoded at run time, in non-Java files "
                            + "other than configuration (SE002 reads those), and vendor values that are public by design "
                            + "(a documented public OAuth client secret looks like any other).");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        Set<StringLiteralExpr> reported = new HashSet<>();
        for (VariableDeclarator v : file.all(VariableDeclarator.class)) {
            v.getInitializer().ifPresent(init -> named(v.getNameAsString(), init, sink, reported));
        }
        for (AssignExpr a : file.all(AssignExpr.class)) {
            String target = a.getTarget().isNameExpr() ? a.getTarget().asNameExpr().getNameAsString()
                    : a.getTarget().isFieldAccessExpr() ? a.getTarget().asFieldAccessExpr().getNameAsString() : null;
            if (target != null) {
                named(target, a.getValue(), sink, reported);
            }
        }
        for (StringLiteralExpr s : file.all(StringLiteralExpr.class)) {
            if (!reported.contains(s) && Secrets.knownTokenFormat(s.getValue())) {
                sink.report(this, s, "string literal has the format of a credential (value hidden)");
            }
        }
    }

    private void named(String name, Expression value, FindingSink sink, Set<StringLiteralExpr> reported) {
        if (value instanceof StringLiteralExpr s && Secrets.secretName(name)
                && (Secrets.codeSecret(s.asString()) || Secrets.knownTokenFormat(s.asString()))) {
            reported.add(s);
            sink.report(this, s, "hard-coded secret assigned to '" + name + "' (value hidden)");
        }
    }
}
