package dev.stratum.audit.security;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.Set;
import java.util.regex.Pattern;

/** SE011: passwords, secrets or tokens passed to a logger. */
public final class SensitiveDataLoggedCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("SE011", AuditArea.SECURITY, Severity.HIGH,
            "Password or token written to the log",
            "Logs are copied to many systems and read by many people, and kept for months. A logged password or "
                    + "bearer token is a leaked one.",
            "Log who and what, never the credential: log the user id or a token fingerprint instead.",
            "log.debug(\"login {} with password {}\", user, password);",
            "log.debug(\"login attempt for {}\", user);");

    private static final Set<String> LEVELS = Set.of("trace", "debug", "info", "warn", "error", "fatal", "log");
    private static final Pattern LOGGER = Pattern.compile("(?i)(log|logger|_log|slf4jlog)");
    private static final Pattern SENSITIVE = Pattern.compile(
            "(?i)(get)?(raw|plain|user|db|api|access|refresh|auth|client|bearer|jwt|session|id)?(password|passwd|pwd|secret|token|apikey|credentials?)");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("log") && !file.mentions("LOG")) {
            return;
        }
        for (MethodCallExpr call : file.all(MethodCallExpr.class)) {
            if (!LEVELS.contains(call.getNameAsString()) || call.getScope().isEmpty() || !isLogger(call.getScope().get())) {
                continue;
            }
            for (Expression arg : call.getArguments()) {
                String name = sensitiveName(arg);
                if (name != null) {
                    sink.report(this, call, "'" + name + "' is passed to the logger");
                    break;
                }
            }
        }
    }

    private static boolean isLogger(Expression scope) {
        String name = scope instanceof NameExpr n ? n.getNameAsString()
                : scope instanceof FieldAccessExpr f ? f.getNameAsString() : null;
        return name != null && LOGGER.matcher(name).matches();
    }

    private static String sensitiveName(Expression arg) {
        for (Expression e : arg.findAll(Expression.class)) {
            String name = e instanceof NameExpr n ? n.getNameAsString()
                    : e instanceof MethodCallExpr m && m.getArguments().isEmpty() ? m.getNameAsString()
                    : e instanceof FieldAccessExpr f ? f.getNameAsString() : null;
            if (name != null && SENSITIVE.matcher(name).matches()) {
                return name;
            }
        }
        return null;
    }
}
