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
            "RestClient client = RestClient.builder().baseUrl(url).requestFactory(factoryWithTimeouts).build();")
            .scope("RestClient.create(..) and RestClient.builder() chains; the factory given to requestFactory(..) is "
                            + "followed like RE001's (SimpleClientHttpRequestFactory, HttpComponentsClientHttpRequestFactory "
                            + "and the Apache HttpClient it wraps, through the method's locals).",
                    "Injected RestClient.Builders (Boot's spring.http.client.* apply), a factory built in another "
                            + "method, a field or a parameter (counted as configured), RestClient.create(restTemplate) "
                            + "(reported although it takes the template's factory).");

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
                    && RequestFactories.ofChain(call) == Timeouts.UNSET) {
                sink.report(this, call, ClientChains.names(call).contains("requestFactory")
                        ? "RestClient built on a request factory with no connect or read timeout"
                        : "RestClient built with no connect or read timeout");
            }
        }
    }

    @Override
    public boolean confirm(Premise premise, ProjectModel project) {
        return !ClientChains.bootTimeoutsConfigured(project);
    }
}
