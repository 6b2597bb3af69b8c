package dev.stratum.audit.resilience;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Premise;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.audit.Syntax;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * RE001: RestTemplate (or a subclass such as OAuth2RestTemplate) without connect and read timeouts, judged once per
 * client over its whole chain: the template, the request factory it is given and the HTTP client that factory wraps.
 */
public final class RestTemplateTimeoutCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("RE001", AuditArea.RESILIENCE, Severity.MEDIUM,
            "RestTemplate without timeouts",
            "new RestTemplate() uses the JDK's defaults: no connect or read timeout. One slow downstream service "
                    + "then holds a request thread forever, and the thread pool drains.",
            "Build it with RestTemplateBuilder.connectTimeout(..).readTimeout(..) (or set "
                    + "spring.http.client.connect-timeout/read-timeout for the injected builder), or give it a request "
                    + "factory with setConnectTimeout/setReadTimeout (or an Apache HttpClient with a RequestConfig).",
            "RestTemplate rest = new RestTemplate();",
            "RestTemplate rest = builder.connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(5)).build();")
            .scope("new RestTemplate(..), OAuth2RestTemplate and KeycloakRestTemplate, subclasses declared in the same "
                            + "file, and RestTemplateBuilder chains. The request factory passed in or set with "
                            + "setRequestFactory is followed through the method's local variables: "
                            + "SimpleClientHttpRequestFactory and HttpComponentsClientHttpRequestFactory with their "
                            + "setConnectTimeout/setReadTimeout calls, and the Apache HttpClient the latter wraps (its "
                            + "RequestConfig or connection config). Boot's spring.http.client.* timeouts for injected "
                            + "builders.",
                    "A factory or client built in another method, a field or a parameter (counted as configured), "
                            + "getRequestFactory() casts, RestTemplateCustomizer beans, subclasses declared in another "
                            + "file; a timeout on only one of connect or read counts as set.");

    private static final Set<String> BUILDER_TIMEOUTS = Set.of("setConnectTimeout", "setReadTimeout", "connectTimeout",
            "readTimeout", "requestFactorySettings", "requestFactoryBuilder");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("RestTemplate")) {
            return;
        }
        Set<String> templates = RestTemplates.typesIn(file);
        Set<String> clients = new HashSet<>();
        for (ObjectCreationExpr n : file.all(ObjectCreationExpr.class)) {
            String type = n.getType().getNameAsString();
            if (!templates.contains(type)) {
                continue;
            }
            Optional<Expression> factory = RestTemplates.factoryArgument(n);
            Timeouts chain = factory.map(RequestFactories::of).orElse(Timeouts.UNSET);
            if (chain == Timeouts.UNSET) {
                chain = RestTemplates.setLater(n);
            }
            if (chain != Timeouts.UNSET || !clients.add(client(n))) {
                continue; // the branches of one variable, or the returns of one method, are one client
            }
            String created = "new " + type + (n.getArguments().isEmpty() ? "()" : "(..)");
            sink.report(this, n, factory.isPresent()
                    ? created + " gets a request factory with no connect or read timeout"
                    : created + " has no connect or read timeout");
        }
        for (MethodCallExpr call : file.all(MethodCallExpr.class)) {
            if (call.getNameAsString().equals("build") && call.getArguments().isEmpty()
                    && ClientChains.fromVariableOf(call, Set.of("RestTemplateBuilder"))
                    && ClientChains.names(call).stream().noneMatch(BUILDER_TIMEOUTS::contains)
                    && RequestFactories.ofChain(call) == Timeouts.UNSET) {
                sink.reportIf(ClientChains.NO_HTTP_CONFIG, this, call, "RestTemplate built with no connect or read timeout");
            }
        }
    }

    /** Which client a creation makes: its method and the variable it is stored in (or the method's return). */
    private static String client(ObjectCreationExpr n) {
        Node method = Locals.method(n);
        String target = Locals.storedIn(n).orElse(n.getParentNode().orElse(null) instanceof ReturnStmt ? "return" : null);
        return target == null ? "line " + Syntax.line(n) : Syntax.line(method) + ":" + target;
    }

    @Override
    public boolean confirm(Premise premise, ProjectModel project) {
        return !ClientChains.bootTimeoutsConfigured(project);
    }
}
