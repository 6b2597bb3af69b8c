package dev.stratum.audit.resilience;

import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Premise;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.Set;

/** RE001: RestTemplate without connect and read timeouts. */
public final class RestTemplateTimeoutCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("RE001", AuditArea.RESILIENCE, Severity.MEDIUM,
            "RestTemplate without timeouts",
            "new RestTemplate() uses the JDK's defaults: no connect or read timeout. One slow downstream service "
                    + "then holds a request thread forever, and the thread pool drains.",
            "Build it with RestTemplateBuilder.connectTimeout(..).readTimeout(..) (or set "
                    + "spring.http.client.connect-timeout/read-timeout for the injected builder).",
            "RestTemplate rest = new RestTemplate();",
            "RestTemplate rest = builder.connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(5)).build();");

    private static final Set<String> TIMEOUTS = Set.of("setConnectTimeout", "setReadTimeout", "connectTimeout",
            "readTimeout", "requestFactory", "requestFactorySettings", "requestFactoryBuilder");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("RestTemplate")) {
            return;
        }
        for (ObjectCreationExpr n : file.all(ObjectCreationExpr.class)) {
            if (n.getType().getNameAsString().equals("RestTemplate") && n.getArguments().isEmpty()
                    && !file.mentions("setRequestFactory")) {
                sink.report(this, n, "new RestTemplate() has no connect or read timeout");
            }
        }
        for (MethodCallExpr call : file.all(MethodCallExpr.class)) {
            if (call.getNameAsString().equals("build") && call.getArguments().isEmpty()
                    && ClientChains.fromVariableOf(call, Set.of("RestTemplateBuilder"))
                    && ClientChains.names(call).stream().noneMatch(TIMEOUTS::contains)) {
                sink.reportIf(ClientChains.NO_HTTP_CONFIG, this, call, "RestTemplate built with no connect or read timeout");
            }
        }
    }

    @Override
    public boolean confirm(Premise premise, ProjectModel project) {
        return !ClientChains.bootTimeoutsConfigured(project);
    }
}
