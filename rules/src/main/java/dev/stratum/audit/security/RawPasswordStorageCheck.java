package dev.stratum.audit.security;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Premise;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.audit.Syntax;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** SE018: a password put on a persisted entity without passing an encoder. */
public final class RawPasswordStorageCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("SE018", AuditArea.SECURITY, Severity.HIGH,
            "Password stored without hashing",
            "The password from the request goes into the entity as typed and is saved: one database leak (a "
                    + "backup, a replica, a support query) hands out every user's password, and with it their "
                    + "accounts elsewhere.",
            "Hash it on the way in: user.setPassword(passwordEncoder.encode(raw)) with a PasswordEncoder from "
                    + "PasswordEncoderFactories.createDelegatingPasswordEncoder() (bcrypt or argon2).",
            "user.setPassword(request.password());\nusers.save(user);",
            "user.setPassword(passwordEncoder.encode(request.password()));\nusers.save(user);")
            .scope("Calls of setPassword (and setPasswd/setPwd/setPasswordHash) on a JPA entity managed by a "
                            + "repository, the argument and the rest of the same method (an encode/hash call anywhere "
                            + "in it counts as hashing).",
                    "Passwords set through constructors, builders or mappers (MapStruct), hashing done in an entity "
                            + "listener or a setter's own body, values hashed in another method and passed in.");

    private static final Set<String> SETTERS = Set.of("setpassword", "setpasswd", "setpwd", "setpasswordhash",
            "setuserpassword");
    private static final Set<String> HASHING = Set.of("encode", "hashpw", "hash", "hashPassword", "encrypt", "digest",
            "encodePassword", "upgradeEncoding", "generateFromPassword", "derive");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("setP")) {
            return;
        }
        for (MethodCallExpr call : file.all(MethodCallExpr.class)) {
            if (!SETTERS.contains(call.getNameAsString().toLowerCase(Locale.ROOT)) || call.getArguments().size() != 1
                    || hashed(call.getArgument(0)) || call.getArgument(0).isNullLiteralExpr()
                    || call.getArgument(0).isStringLiteralExpr()) {
                continue;
            }
            Optional<CallableDeclaration> owner = call.findAncestor(CallableDeclaration.class);
            if (owner.isEmpty() || owner.get().findFirst(MethodCallExpr.class,
                    m -> HASHING.contains(m.getNameAsString())).isPresent()
                    || Syntax.enclosingClass(call).map(c -> Syntax.annotated(c, "Entity")).orElse(true)) {
                continue;
            }
            Optional<String> type = Syntax.receiverType(call);
            type.ifPresent(t -> sink.reportIf(new Premise.ManagedEntity(t), this, call, t + "." + call.getNameAsString()
                    + "(..) stores the password as given: no encoder is called on the way to the entity"));
        }
    }

    private static boolean hashed(Expression arg) {
        return arg.findFirst(MethodCallExpr.class, m -> HASHING.contains(m.getNameAsString())).isPresent();
    }

    @Override
    public boolean confirm(Premise premise, ProjectModel project) {
        return premise instanceof Premise.ManagedEntity e && project.types().entity(e.entity()).isPresent()
                && project.types().managedByRepository(e.entity());
    }
}
