package dev.stratum.audit.resilience;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;

/** RE004: java.net.http.HttpClient without a connect timeout. */
public final class JdkHttpClientTimeoutCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("RE004", AuditArea.RESILIENCE, Severity.MEDIUM,
            "java.net.http.HttpClient without a connect timeout",
            "HttpClient.newHttpClient() has no connect timeout, and requests have no timeout unless each "
                    + "HttpRequest sets one: an unreachable host hangs the caller for minutes.",
            "Use HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build() and set "
                    + "HttpRequest.newBuilder(..).timeout(..) on each request.",
            "HttpClient http = HttpClient.newHttpClient();",
            "HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();")
            .scope("java.net.http HttpClient.newHttpClient() calls and HttpClient.newBuilder()...build() chains "
                            + "without connectTimeout(..).",
                    "Builders kept in a variable and finished elsewhere, and per-request HttpRequest.timeout(..): a "
                            + "client with a connect timeout but requests without a timeout is not reported.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("HttpClient")) {
            return;
        }
        for (MethodCallExpr call : file.all(MethodCallExpr.class)) {
            if (ClientChains.staticCall(call, "HttpClient", "newHttpClient")) {
                sink.report(this, call, "HttpClient.newHttpClient() has no connect timeout");
            } else if (call.getNameAsString().equals("build") && call.getArguments().isEmpty()
                    && ClientChains.staticCall(ClientChains.first(call), "HttpClient", "newBuilder")
                    && !ClientChains.names(call).contains("connectTimeout")) {
                sink.report(this, call, "HttpClient built with no connect timeout");
            }
        }
    }
}
