package dev.stratum.audit.security;

import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.audit.Syntax;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.Locale;
import java.util.Set;

/** SE007: passwords stored in plain text or with a fast hash (MD5, SHA-1). */
public final class WeakPasswordHashCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("SE007", AuditArea.SECURITY, Severity.HIGH,
            "Passwords stored in plain text or with MD5/SHA-1",
            "NoOpPasswordEncoder stores passwords as typed; MD5 and SHA-1 are so fast that a leaked table is "
                    + "cracked in hours. Either way a database leak becomes an account takeover everywhere users "
                    + "reused the password.",
            "Use PasswordEncoderFactories.createDelegatingPasswordEncoder() (bcrypt by default) or Argon2/scrypt.",
            "@Bean PasswordEncoder encoder() { return NoOpPasswordEncoder.getInstance(); }",
            "@Bean PasswordEncoder encoder() { return PasswordEncoderFactories.createDelegatingPasswordEncoder(); }")
            .scope("new or getInstance() of NoOpPasswordEncoder, "
                            + "Md4/Md5/Sha/LdapSha/MessageDigest/StandardPasswordEncoder, and "
                            + "MessageDigest.getInstance with a literal MD2/MD4/MD5/SHA/SHA-1 in a method (name or "
                            + "parameters) or class whose name mentions password, passwd or pwd.",
                    "Fast hashes through other libraries (commons-codec DigestUtils.md5Hex/sha1Hex, Spring's "
                            + "DigestUtils, Guava Hashing), unsalted SHA-256/512, an algorithm held in a constant "
                            + "or variable, {noop} passwords and weak ids in a DelegatingPasswordEncoder; a legacy "
                            + "encoder kept only to match old hashes while migrating, and a checksum in a class "
                            + "named after passwords (a reset-token digest), are reported like password storage.");

    private static final Set<String> WEAK_ENCODERS = Set.of("NoOpPasswordEncoder", "Md5PasswordEncoder",
            "ShaPasswordEncoder", "LdapShaPasswordEncoder", "Md4PasswordEncoder", "MessageDigestPasswordEncoder",
            "StandardPasswordEncoder");
    private static final Set<String> WEAK_DIGESTS = Set.of("MD5", "MD2", "MD4", "SHA-1", "SHA1", "SHA");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("PasswordEncoder") && !file.mentions("MessageDigest")) {
            return;
        }
        for (ObjectCreationExpr n : file.all(ObjectCreationExpr.class)) {
            if (WEAK_ENCODERS.contains(n.getType().getNameAsString())) {
                sink.report(this, n, n.getType().getNameAsString() + " stores passwords in a crackable form");
            }
        }
        for (MethodCallExpr call : file.all(MethodCallExpr.class)) {
            if (call.getScope().isEmpty() || !(call.getScope().get() instanceof NameExpr scope)) {
                continue;
            }
            String type = scope.getNameAsString();
            if (WEAK_ENCODERS.contains(type) && call.getNameAsString().equals("getInstance")) {
                sink.report(this, call, type + " stores passwords in a crackable form");
            } else if (type.equals("MessageDigest") && call.getNameAsString().equals("getInstance")
                    && call.getArguments().size() == 1 && call.getArgument(0) instanceof StringLiteralExpr alg
                    && WEAK_DIGESTS.contains(alg.asString().toUpperCase(Locale.ROOT)) && aboutPasswords(call)) {
                sink.report(this, call, alg.asString() + " used to hash passwords");
            }
        }
    }

    /** A fast digest is only a finding when it hashes passwords, not checksums. */
    private static boolean aboutPasswords(MethodCallExpr call) {
        String method = Syntax.enclosingMethod(call).map(m -> m.getNameAsString() + " "
                + m.getParameters().toString()).orElse("");
        String type = Syntax.enclosingClass(call).map(c -> c.getNameAsString()).orElse("");
        String where = (method + " " + type).toLowerCase(Locale.ROOT);
        return where.contains("password") || where.contains("passwd") || where.contains("pwd");
    }
}
