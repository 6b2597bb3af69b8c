package dev.stratum.image;

import dev.stratum.core.InputException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.net.ssl.SSLException;

/**
 * One {@code GET /v2/} before jib starts, within the build's deadline. jib retries failed requests ten times with
 * back-off, so a registry that is down or not a registry at all is caught here instead, with a message that says
 * which. "A registry" means what the distribution spec's API root answers: a {@code Docker-Distribution-API-Version}
 * header, or a 401 with {@code WWW-Authenticate}, or a 200 with a JSON body. A web server answering
 * {@code 200 text/html} to everything is not one.
 */
final class RegistryProbe {
    /** Where a registry answered, so later requests (reading the pushed manifest back) go the same way. */
    record Endpoint(String registry, URI base, boolean trustAll) {}

    /** {@code /v2/} answers {@code {}} or a short error document. */
    private static final int MAX_BODY = 64 * 1024;

    private final Deadline deadline;
    private final boolean insecure;

    RegistryProbe(Deadline deadline, boolean insecure) {
        this.deadline = deadline;
        this.insecure = insecure;
    }

    Endpoint check(String registry, String role) {
        if (!insecure) {
            return probe(URI.create("https://" + registry), false, registry, role);
        }
        try {
            return probe(URI.create("http://" + registry), false, registry, role);
        } catch (NotARegistry answered) {
            if (!answered.tlsPort) {
                throw answered; // a plain-http server answered: there is no TLS on this port to try
            }
            return probe(URI.create("https://" + registry), true, registry, role);
        } catch (InputException plainFailed) {
            Throwable cause = plainFailed.getCause();
            if (cause instanceof ConnectException || cause instanceof HttpTimeoutException
                    || cause instanceof InterruptedIOException) {
                throw plainFailed;
            }
            // Not a registry over plain http: then a TLS registry (any certificate, as --insecure-registry
            // allows) must answer; if none does, the plain-http answer says best what is there.
            try {
                return probe(URI.create("https://" + registry), true, registry, role);
            } catch (InputException tlsFailed) {
                throw tlsFailed.getCause() instanceof SSLException ? plainFailed : tlsFailed;
            }
        }
    }

    private Endpoint probe(URI base, boolean trustAll, String registry, String role) {
        URI uri = base.resolve("/v2/");
        try {
            RegistryHttp.Response r = new RegistryHttp(trustAll, deadline).get(uri, Map.of(), MAX_BODY);
            String problem = notARegistry(r);
            if (problem != null) {
                throw new NotARegistry(role + " registry " + registry + " does not serve the registry API: GET "
                        + uri + " answered " + problem, isTlsPort(r));
            }
            return new Endpoint(registry, base, trustAll);
        } catch (HttpConnectTimeoutException e) {
            throw new InputException("cannot reach " + role + " registry " + registry + ": no connection within "
                    + deadline.describe() + " (--timeout)", e);
        } catch (HttpTimeoutException e) {
            throw new InputException(role + " registry " + registry + " did not answer GET " + uri + " within "
                    + deadline.describe() + " (--timeout)", e);
        } catch (ConnectException e) {
            throw new InputException("cannot reach " + role + " registry " + registry + ": connection refused", e);
        } catch (SSLException e) {
            throw new InputException("TLS with " + role + " registry " + registry + " failed (" + detail(e)
                    + "); for a self-signed or plain-http registry pass --insecure-registry", e);
        } catch (InterruptedIOException e) {
            throw new InputException("interrupted while contacting " + registry, e);
        } catch (IOException e) {
            throw new InputException(role + " registry " + registry + " did not answer like a registry: " + detail(e), e);
        }
    }

    /** An HTTP answer came back, but not the registry API's. */
    private static final class NotARegistry extends InputException {
        private static final long serialVersionUID = 1L;
        private final boolean tlsPort;

        NotARegistry(String message, boolean tlsPort) {
            super(message);
            this.tlsPort = tlsPort;
        }
    }

    /** Go's and nginx's answer to plain http on a TLS port: 400 "...HTTP request to an HTTPS server/port". */
    private static boolean isTlsPort(RegistryHttp.Response r) {
        return r.status() == 400
                && new String(r.body(), StandardCharsets.UTF_8).toUpperCase(java.util.Locale.ROOT).contains("HTTPS");
    }

    /** {@code null} when the answer is the registry API root's, else what was answered instead. */
    static String notARegistry(RegistryHttp.Response r) {
        int status = r.status();
        String version = r.header("Docker-Distribution-API-Version");
        boolean json = r.contentType().contains("json") || new String(r.body(), StandardCharsets.UTF_8).strip().startsWith("{");
        if (version != null && version.startsWith("registry/2") && (status == 200 || status == 401 || status == 403)) {
            return null;
        }
        if (status == 401 && r.header("WWW-Authenticate") != null) {
            return null;
        }
        if (status == 200 && json && r.body().length <= MAX_BODY) {
            return null;
        }
        return "HTTP " + status + (status == 200 ? " " + r.contentType()
                + " without a Docker-Distribution-API-Version header or a JSON body" : "");
    }

    private static String detail(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl);
        return m.length() > 200 ? m.substring(0, 200) + "..." : m;
    }
}
