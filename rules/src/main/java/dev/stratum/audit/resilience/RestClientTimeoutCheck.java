package dev.stratum.audit.resilience;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Premise;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;

/** RE003: RestClient without timeouts. */
public final class RestClientTimeoutCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("RE003", AuditArea.RESILIENCE, Severity.MEDIUM,
            "RestClient without timeouts",
            "RestClient.create() and RestClient.builder() use a request factory with no read timeout: a slow "
                    + "downstream blocks the calling thread indefinitely.",
            "Pass a request factory with timeouts (ClientHttpRequestFactoryBuilder.detect().build("
                    + "ClientHttpRequestFactorySettings.defaults().withReadTimeout(..))), or inject Boot's "
                    + "RestClient.Builder and set spring.http.client.read-timeout.",
            "RestClient client = RestClient.create(\"https://inventory\");",
            "RestClient client = RestClient.builder().baseUrl(url).requestFactory(factoryWithTimeouts).build();");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("RestClient")) {
            return;
        }
        for (MethodCallExpr call : file.all(MethodCallExpr.class)) {
            if (ClientChains.staticCall(call, "RestClient", "create") && !(call.getParentNode().orElse(null) instanceof MethodCallExpr p
                    && p.getNameAsString().equals("mutate"))) {
                sink.report(this, call, "RestClient.create(..) has no connect or read timeout");
            } else if (call.getNameAsString().equals("build") && call.getArguments().isEmpty()
                    && ClientChains.staticCall(ClientChains.first(call), "RestClient", "builder")
                    && !ClientChains.names(call).contains("requestFactory")) {
                sink.report(this, call, "RestClient built with no connect or read timeout");
            }
        }
    }

    @Override
    public boolean confirm(Premise premise, ProjectModel project) {
        return !ClientChains.bootTimeoutsConfigured(project);
    }
}
