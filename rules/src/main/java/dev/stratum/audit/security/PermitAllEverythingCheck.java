package dev.stratum.audit.security;

import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.Set;

/** SE005: every request permitted (anyRequest().permitAll(), "/**" permitAll). */
public final class PermitAllEverythingCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("SE005", AuditArea.SECURITY, Severity.HIGH,
            "permitAll() on every request",
            "anyRequest().permitAll() (or \"/**\" permitAll) switches authorisation off for the whole application "
                    + "while Spring Security is present, which reads as if the app were protected.",
            "Permit only public paths (health, docs, login) and end with anyRequest().authenticated().",
            "http.authorizeHttpRequests(a -> a.anyRequest().permitAll());",
            "http.authorizeHttpRequests(a -> a.requestMatchers(\"/actuator/health/**\").permitAll()\n"
                    + "                                .anyRequest().authenticated());")
            .scope("permitAll() called directly on anyRequest() or anyExchange(), or on "
                            + "requestMatchers/antMatchers/mvcMatchers/pathMatchers whose only argument is the "
                            + "literal \"/**\".",
                    "\"/**\" among other patterns or after an HttpMethod, access(\"permitAll\"), web.ignoring() of "
                            + "everything, a chain that authorises nothing at all; it reads neither the chain's "
                            + "securityMatcher nor method security, so a chain limited to public paths, or an API "
                            + "guarded by @PreAuthorize method by method, is reported too.");

    private static final Set<String> MATCHERS = Set.of("requestMatchers", "antMatchers", "mvcMatchers", "pathMatchers");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("permitAll")) {
            return;
        }
        for (MethodCallExpr call : file.all(MethodCallExpr.class)) {
            if (!call.getNameAsString().equals("permitAll") || call.getScope().isEmpty()
                    || !(call.getScope().get() instanceof MethodCallExpr scope)) {
                continue;
            }
            String name = scope.getNameAsString();
            boolean everything = name.equals("anyRequest") || name.equals("anyExchange")
                    || MATCHERS.contains(name) && scope.getArguments().size() == 1
                    && scope.getArgument(0) instanceof StringLiteralExpr s && s.asString().equals("/**");
            if (everything) {
                sink.report(this, call, "authorisation is off: " + name + "(..).permitAll() lets every request through");
            }
        }
    }
}
