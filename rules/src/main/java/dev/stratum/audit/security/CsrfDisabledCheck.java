package dev.stratum.audit.security;

import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Premise;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;

/** SE004: CSRF protection disabled in an application that authenticates with sessions/cookies. */
public final class CsrfDisabledCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("SE004", AuditArea.SECURITY, Severity.HIGH,
            "CSRF protection disabled with session authentication",
            "With form login or HTTP sessions the browser sends the session cookie on every request, including "
                    + "ones forged by another site. Disabling CSRF lets any page a user visits act as that user.",
            "Keep CSRF on for session-based apps (use CookieCsrfTokenRepository for SPAs). Disable it only for "
                    + "stateless token APIs (SessionCreationPolicy.STATELESS with a bearer-token resource server).",
            "http.csrf(csrf -> csrf.disable()).formLogin(Customizer.withDefaults());",
            "http.csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse()))");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("csrf") || file.mentions("STATELESS")) {
            return;
        }
        for (MethodCallExpr call : file.all(MethodCallExpr.class)) {
            if (call.getNameAsString().equals("csrf") && disables(call)) {
                sink.reportIf(new Premise.ProjectWide(), this, call, "CSRF protection is disabled while authentication is session-based");
            }
        }
    }

    private static boolean disables(MethodCallExpr csrf) {
        if (csrf.getArguments().size() == 1) {
            var arg = csrf.getArgument(0);
            if (arg instanceof MethodReferenceExpr ref) {
                return ref.getIdentifier().equals("disable");
            }
            return arg.isLambdaExpr() && arg.findFirst(MethodCallExpr.class, c -> c.getNameAsString().equals("disable")).isPresent();
        }
        // legacy chain: http.csrf().disable()
        return csrf.getArguments().isEmpty() && csrf.getParentNode().orElse(null) instanceof MethodCallExpr parent
                && parent.getNameAsString().equals("disable");
    }

    /** Bearer-token resource servers are stateless by nature; anything else is treated as session-based. */
    @Override
    public boolean confirm(Premise premise, ProjectModel project) {
        return !project.types().hasCall("oauth2ResourceServer") && !project.types().hasCall("sessionCreationPolicy");
    }
}
