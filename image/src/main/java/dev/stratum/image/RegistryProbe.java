package dev.stratum.image;

import dev.stratum.core.InputException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * One {@code GET /v2/} before jib starts. jib retries failed requests ten times with exponential back-off (about a
 * minute), so a registry that is down or not a registry at all is caught here instead, within the timeout, with a
 * message that says which.
 */
final class RegistryProbe {
    /** Statuses a registry's API root gives: ok, auth needed, or "plain http sent to a TLS port" (insecure probe). */
    private static final Set<Integer> REGISTRY_STATUSES = Set.of(200, 400, 401, 403);

    private final Duration timeout;
    private final boolean insecure;

    RegistryProbe(Duration timeout, boolean insecure) {
        this.timeout = timeout;
        this.insecure = insecure;
    }

    void check(String registry, String role) {
        if (!insecure) {
            probe(URI.create("https://" + registry + "/v2/"), client(false), registry, role);
            return;
        }
        try {
            probe(URI.create("http://" + registry + "/v2/"), client(false), registry, role);
        } catch (InputException plainFailed) {
            if (plainFailed.getCause() instanceof ConnectException || plainFailed.getCause() instanceof HttpTimeoutException) {
                throw plainFailed;
            }
            // Not plain http: then a TLS registry (any certificate, as --insecure-registry allows) must answer.
            try {
                probe(URI.create("https://" + registry + "/v2/"), client(true), registry, role);
            } catch (InputException tlsFailed) {
                if (!(tlsFailed.getCause() instanceof SSLHandshakeException)) {
                    throw plainFailed;
                }
                // A TLS server whose certificate does not name this host: jib accepts that with --insecure-registry.
            }
        }
    }

    private void probe(URI uri, HttpClient client, String registry, String role) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (!REGISTRY_STATUSES.contains(status)) {
                throw new InputException(role + " registry " + registry + " does not serve the registry API: GET "
                        + uri + " answered HTTP " + status);
            }
        } catch (HttpConnectTimeoutException e) {
            throw new InputException("cannot reach " + role + " registry " + registry + ": no connection within "
                    + timeout.toSeconds() + "s", e);
        } catch (HttpTimeoutException e) {
            throw new InputException(role + " registry " + registry + " did not answer within " + timeout.toSeconds()
                    + "s (--timeout)", e);
        } catch (ConnectException e) {
            throw new InputException("cannot reach " + role + " registry " + registry + ": connection refused", e);
        } catch (SSLHandshakeException e) {
            throw new InputException("TLS with " + role + " registry " + registry + " failed (" + e.getMessage()
                    + "); for a self-signed or plain-http registry pass --insecure-registry", e);
        } catch (IOException e) {
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new InputException(role + " registry " + registry + " did not answer like a registry: " + detail, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("interrupted while contacting " + registry, e);
        }
    }

    private HttpClient client(boolean trustAll) {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1);
        if (trustAll) {
            builder.sslContext(trustAllContext());
        }
        return builder.build();
    }

    private static SSLContext trustAllContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                    // --insecure-registry: any certificate, as jib accepts it too
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, new SecureRandom());
            return context;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
