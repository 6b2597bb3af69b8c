package dev.stratum.audit.resilience;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
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
                            + "DefaultHttpClient) used on their own, URLConnection.openConnection()/URL.openStream() with "
                            + "the setConnectTimeout/setReadTimeout calls of the same method, JAX-RS ClientBuilder. An "
                            + "Apache client handed to a request factory in its method is judged with that chain: at the "
                            + "RestTemplate or RestClient (RE001, RE003), or not at all when the factory sets timeouts. "
                            + "A URL from getResource, ClassPathResource, File.toURI() or a file:/jar: literal is not a "
                            + "network call.",
                    "Timeouts set on a connection manager passed in (counted as set), or in another method than the "
                            + "one that opens the connection; a URL held in a field set outside its initializer. OkHttp "
                            + "(10 s defaults) is not reported; OpenFeign is RE011; RestTemplate, WebClient, RestClient "
                            + "and java.net.http are RE001-RE004.");

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
            if (apache && ApacheClients.isDefault(call) && !judgedByTemplate(call)) {
                sink.report(this, call, "Apache HttpClient " + call.getScope().get() + "." + name
                        + "() has no response timeout (and a connect timeout of minutes)");
            } else if (apache && ApacheClients.isBuild(call) && !ApacheClients.configured(call) && !judgedByTemplate(call)) {
                sink.report(this, call, "Apache HttpClient built with no request config: no response timeout");
            } else if (url && name.equals("openConnection") && call.getArguments().isEmpty()
                    && (urlReceiver(call) || castToConnection(call)) && !LocalUrls.isLocal(call.getScope().get())) {
                List<String> missing = missingIn(call, "setConnectTimeout", "setReadTimeout");
                if (!missing.isEmpty()) {
                    sink.report(this, call, "URL connection opened with no " + String.join(" or ", missing.stream()
                            .map(m -> m.equals("setConnectTimeout") ? "connect timeout" : "read timeout").toList()));
                }
            } else if (url && name.equals("openStream") && call.getArguments().isEmpty() && urlReceiver(call)
                    && !LocalUrls.isLocal(call.getScope().get())) {
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
     * An Apache client handed to a request factory in its method is one link of a client's chain: judged at the
     * RestTemplate or RestClient (RE001, RE003) the factory goes to, fine when the factory sets timeouts itself.
     */
    private static boolean judgedByTemplate(MethodCallExpr client) {
        return RequestFactories.wrapping(client).map(f -> RequestFactories.givenToClient(f)
                || RequestFactories.of(f) == Timeouts.SET).orElse(false);
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
