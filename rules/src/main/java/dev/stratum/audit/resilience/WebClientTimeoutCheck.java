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
import java.util.Set;

/** RE002: WebClient without a response timeout. */
public final class WebClientTimeoutCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("RE002", AuditArea.RESILIENCE, Severity.MEDIUM,
            "WebClient without a response timeout",
            "Reactor Netty has no response timeout by default: a downstream that accepts the connection and never "
                    + "answers keeps the request (and whatever waits on it) open indefinitely.",
            "Configure the connector: HttpClient.create().responseTimeout(Duration.ofSeconds(5)) and "
                    + ".option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 2000), or add .timeout(..) to each call.",
            "WebClient client = WebClient.create(\"https://payments\");",
            "WebClient client = WebClient.builder().clientConnector(new ReactorClientHttpConnector(\n"
                    + "    HttpClient.create().responseTimeout(Duration.ofSeconds(5)))).build();")
            .scope("WebClient.create(..) and WebClient builders (static or an injected WebClient.Builder) built "
                            + "without clientConnector(..); a responseTimeout, .timeout( or ReadTimeoutHandler anywhere "
                            + "in the same file counts as handled; spring.http.(reactive)client.*timeout settings silence "
                            + "the injected-builder case.",
                    "Timeouts set on a connector built in another file or a WebClientCustomizer bean, a timeout "
                            + "applied to only some calls of the file, and a clientConnector(..) that itself sets none; "
                            + "a circuit breaker's time limiter around the call is not counted as a timeout.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("WebClient") || file.mentions("responseTimeout") || file.mentions(".timeout(")
                || file.mentions("ReadTimeoutHandler")) {
            return;
        }
        for (MethodCallExpr call : file.all(MethodCallExpr.class)) {
            if (ClientChains.staticCall(call, "WebClient", "create")) {
                sink.report(this, call, "WebClient.create(..) has no response timeout");
            } else if (call.getNameAsString().equals("build") && call.getArguments().isEmpty()) {
                MethodCallExpr first = ClientChains.first(call);
                boolean staticBuilder = ClientChains.staticCall(first, "WebClient", "builder");
                boolean injected = file.mentions("WebClient.Builder") && ClientChains.fromVariableOf(call, Set.of("Builder"));
                if ((staticBuilder || injected) && !ClientChains.names(call).contains("clientConnector")) {
                    sink.reportIf(staticBuilder ? null : ClientChains.NO_HTTP_CONFIG, this, call,
                            "WebClient built with no response timeout");
                }
            }
        }
    }

    @Override
    public boolean confirm(Premise premise, ProjectModel project) {
        return !ClientChains.bootTimeoutsConfigured(project);
    }
}
