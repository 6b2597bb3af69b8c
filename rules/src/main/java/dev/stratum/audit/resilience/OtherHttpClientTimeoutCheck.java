package dev.stratum.audit.resilience;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.audit.Syntax;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** RE009: Apache HttpClient, HttpURLConnection and JAX-RS clients without timeouts. */
public final class OtherHttpClientTimeoutCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("RE009", AuditArea.RESILIENCE, Severity.MEDIUM,
            "HTTP client library without timeouts (Apache HttpClient, HttpURLConnection, JAX-RS)",
            "Apache HttpClient's defaults wait minutes to connect and forever for a response; HttpURLConnection and "
                    + "most JAX-RS implementations wait forever for both. One slow downstream then holds a request "
                    + "thread per call until the pool is exhausted and the service stops answering.",
            "Apache: setDefaultRequestConfig(RequestConfig.custom().setConnectTimeout(..).setResponseTimeout(..)) "
                    + "(4.x: setSocketTimeout); HttpURLConnection: setConnectTimeout and setReadTimeout before "
                    + "connecting; JAX-RS: ClientBuilder.newBuilder().connectTimeout(..).readTimeout(..).",
            "CloseableHttpClient http = HttpClients.createDefault();",
            "CloseableHttpClient http = HttpClients.custom().setDefaultRequestConfig(RequestConfig.custom()\n"
                    + "    .setConnectTimeout(Timeout.ofSeconds(2)).setResponseTimeout(Timeout.ofSeconds(5)).build()).build();")
            .scope("Apache HttpClient 4/5 factories and builders (HttpClients, HttpClientBuilder, HttpAsyncClients, "
                            + "DefaultHttpClient), URLConnection.openConnection()/URL.openStream() with the "
                            + "setConnectTimeout/setReadTimeout calls of the same method, JAX-RS ClientBuilder.",
                    "Timeouts set on a connection manager passed in (counted as set), or in another method than the "
                            + "one that opens the connection. OkHttp (10 s defaults) and OpenFeign (10 s connect, 60 s "
                            + "read) have bounded defaults and are not reported; RestTemplate, WebClient, RestClient and "
                            + "java.net.http are RE001-RE004.");

    private static final Set<String> APACHE_FACTORIES = Set.of("HttpClients", "HttpAsyncClients", "HttpClientBuilder",
            "HttpAsyncClientBuilder");
    private static final Set<String> APACHE_CONFIGURED = Set.of("setDefaultRequestConfig", "setConnectionManager",
            "setDefaultConnectionConfig", "setDefaultSocketConfig", "setConnectionManagerShared");

    private static final Set<String> MANAGER_TIMEOUTS = Set.of("setDefaultConnectionConfig", "setDefaultSocketConfig",
            "setConnectionConfigResolver", "setSocketConfigResolver");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        boolean apache = file.mentions("HttpClient");
        boolean url = file.mentions("openConnection") || file.mentions("openStream");
        boolean jaxrs = file.mentions("ClientBuilder");
        if (!apache && !url && !jaxrs) {
            return;
        }
        for (MethodCallExpr call : file.all(MethodCallExpr.class)) {
            String name = call.getNameAsString();
            if (apache && (ClientChains.staticCall(call, "HttpClients", "createDefault")
                    || ClientChains.staticCall(call, "HttpClients", "createSystem")
                    || ClientChains.staticCall(call, "HttpClients", "createMinimal")
                    || ClientChains.staticCall(call, "HttpAsyncClients", "createDefault"))) {
                sink.report(this, call, "Apache HttpClient " + call.getScope().get() + "." + name
                        + "() has no response timeout (and a connect timeout of minutes)");
            } else if (apache && name.equals("build") && call.getArguments().isEmpty() && apacheBuilder(call)
                    && !apacheConfigured(call)) {
                sink.report(this, call, "Apache HttpClient built with no request config: no response timeout");
            } else if (url && name.equals("openConnection") && call.getArguments().isEmpty()
                    && (urlReceiver(call) || castToConnection(call))) {
                List<String> missing = missingIn(call, "setConnectTimeout", "setReadTimeout");
                if (!missing.isEmpty()) {
                    sink.report(this, call, "URL connection opened with no " + String.join(" or ", missing.stream()
                            .map(m -> m.equals("setConnectTimeout") ? "connect timeout" : "read timeout").toList()));
                }
            } else if (url && name.equals("openStream") && call.getArguments().isEmpty() && urlReceiver(call)) {
                sink.report(this, call, "URL.openStream() reads with no connect or read timeout");
            } else if (jaxrs && ClientChains.staticCall(call, "ClientBuilder", "newClient")) {
                sink.report(this, call, "JAX-RS ClientBuilder.newClient() has no connect or read timeout");
            } else if (jaxrs && name.equals("build") && call.getArguments().isEmpty()
                    && ClientChains.staticCall(ClientChains.first(call), "ClientBuilder", "newBuilder")
                    && !ClientChains.names(call).contains("readTimeout")) {
                sink.report(this, call, "JAX-RS client built with no read timeout");
            }
        }
        if (apache) {
            for (ObjectCreationExpr o : file.all(ObjectCreationExpr.class)) {
                if (o.getType().getNameAsString().equals("DefaultHttpClient") && o.getArguments().isEmpty()) {
                    sink.report(this, o, "new DefaultHttpClient() has no connect or socket timeout");
                }
            }
        }
    }

    /**
     * A request config, or a connection manager that is not built inline (its set-up is elsewhere, counted as done),
     * or one built inline with connection or socket config.
     */
    private static boolean apacheConfigured(MethodCallExpr build) {
        Expression e = build;
        while (e instanceof MethodCallExpr m) {
            String n = m.getNameAsString();
            if (n.equals("setDefaultRequestConfig")) {
                return true;
            }
            if (n.equals("setConnectionManager") && m.getArguments().size() == 1) {
                if (!(m.getArgument(0) instanceof MethodCallExpr inline) || !inline.getNameAsString().equals("build")
                        || ClientChains.names(inline).stream().anyMatch(MANAGER_TIMEOUTS::contains)) {
                    return true;
                }
            } else if (APACHE_CONFIGURED.contains(n) && !n.equals("setConnectionManager")) {
                return true;
            }
            e = m.getScope().orElse(null);
        }
        return false;
    }

    private static boolean apacheBuilder(MethodCallExpr build) {
        MethodCallExpr first = ClientChains.first(build);
        return first.getScope().isPresent() && first.getScope().get().isNameExpr()
                && APACHE_FACTORIES.contains(first.getScope().get().asNameExpr().getNameAsString())
                && (first.getNameAsString().equals("custom") || first.getNameAsString().equals("create"));
    }

    private static boolean castToConnection(MethodCallExpr call) {
        Node parent = call.getParentNode().orElse(null);
        while (parent instanceof com.github.javaparser.ast.expr.EnclosedExpr) {
            parent = parent.getParentNode().orElse(null);
        }
        return parent instanceof com.github.javaparser.ast.expr.CastExpr cast
                && Syntax.typeName(cast.getType()).endsWith("URLConnection");
    }

    private static boolean urlReceiver(MethodCallExpr call) {
        return Syntax.receiverType(call).map("URL"::equals).orElse(false)
                || call.getScope().map(s -> s instanceof ObjectCreationExpr o && o.getType().getNameAsString().equals("URL")
                || s instanceof MethodCallExpr m && m.getNameAsString().equals("toURL")).orElse(false);
    }

    /** Which of {@code calls} the enclosing method (or constructor) never makes. */
    private static List<String> missingIn(Node at, String... calls) {
        Node scope = at.findAncestor(CallableDeclaration.class).map(n -> (Node) n).orElse(at);
        List<String> missing = new ArrayList<>();
        for (String c : calls) {
            if (scope.findFirst(MethodCallExpr.class, m -> m.getNameAsString().equals(c)).isEmpty()) {
                missing.add(c);
            }
        }
        return missing;
    }
}
