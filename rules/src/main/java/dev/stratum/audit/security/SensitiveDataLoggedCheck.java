package dev.stratum.audit.security;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SE011: passwords, secrets or tokens written to the log: passed to a logger, put into an exception's message, or
 * logged wholesale by an aspect that logs every controller's arguments or result.
 */
public final class SensitiveDataLoggedCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("SE011", AuditArea.SECURITY, Severity.HIGH,
            "Password or token written to the log",
            "Logs are copied to many systems and read by many people, and kept for months. A logged password or "
                    + "bearer token is a leaked one; an exception's message is logged and often returned in error "
                    + "bodies.",
            "Log who and what, never the credential: log the user id or a token fingerprint instead. Keep tokens out "
                    + "of exception messages; log request bodies only with their credentials masked.",
            "log.debug(\"login {} with password {}\", user, password);",
            "log.debug(\"login attempt for {}\", user);")
            .scope("Logger calls (log, logger, LOG ... .info/debug/...) and exception constructions (new ...Exception/"
                            + "Error(..)) whose argument is a secret by name: a variable, field or getter named like a "
                            + "password, secret, token or API key, text conversions and concatenations of it; and "
                            + "@Aspect advice on controllers (pointcut naming controllers or request mappings) that "
                            + "logs what it got from getArgs(), proceed() or the returned value.",
                    "Secrets under names that do not say so, values passed through the project's own methods before "
                            + "logging, logging configuration that logs request bodies (a logging filter bean), MDC.");

    static final Set<String> LEVELS = Set.of("trace", "debug", "info", "warn", "error", "fatal", "log");
    private static final Pattern LOGGER = Pattern.compile("(?i)(log|logger|_log|slf4jlog)");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (file.mentions("log") || file.mentions("LOG")) {
            for (MethodCallExpr call : file.all(MethodCallExpr.class)) {
                if (!isLogCall(call)) {
                    continue;
                }
                for (Expression arg : call.getArguments()) {
                    String name = SecretValues.name(arg);
                    if (name != null) {
                        sink.report(this, call, "'" + name + "' is passed to the logger");
                        break;
                    }
                }
            }
        }
        if (file.mentions("Exception") || file.mentions("Error")) {
            for (ObjectCreationExpr o : file.all(ObjectCreationExpr.class)) {
                String type = o.getType().getNameAsString();
                if (!type.endsWith("Exception") && !type.endsWith("Error")) {
                    continue;
                }
                for (Expression arg : o.getArguments()) {
                    String name = SecretValues.name(arg);
                    if (name != null) {
                        sink.report(this, o, "'" + name + "' is put into the message of " + type
                                + ", which reaches logs and error responses");
                        break;
                    }
                }
            }
        }
        if (file.mentions("Aspect")) {
            ControllerLogAdvice.find(file).forEach(call -> sink.report(this, call,
                    "an aspect logs the arguments or result of every controller call: passwords and tokens in "
                            + "requests and responses reach the log"));
        }
    }

    static boolean isLogCall(MethodCallExpr call) {
        return LEVELS.contains(call.getNameAsString()) && call.getScope().isPresent() && isLogger(call.getScope().get());
    }

    private static boolean isLogger(Expression scope) {
        String name = scope instanceof NameExpr n ? n.getNameAsString()
                : scope instanceof FieldAccessExpr f ? f.getNameAsString() : null;
        return name != null && LOGGER.matcher(name).matches();
    }
}
