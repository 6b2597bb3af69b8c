package dev.stratum.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The few GETs Stratum sends to a registry itself (the {@code /v2/} probe, reading a pushed manifest back), each
 * bounded by the build's {@link Deadline} as a whole, headers and body together, and reading at most a given
 * number of bytes: a server that drips one byte a second or streams gigabytes costs at most the deadline.
 */
final class RegistryHttp {
    /** What came back; {@code body} holds at most {@code maxBody + 1} bytes (more means "too large"). */
    record Response(URI uri, int status, HttpHeaders headers, byte[] body) {
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        String contentType() {
            String type = header("Content-Type");
            return type == null ? "no content type" : type.split(";")[0].strip().toLowerCase(Locale.ROOT);
        }
    }

    private final HttpClient client;
    private final Deadline deadline;

    RegistryHttp(boolean trustAll, Deadline deadline) {
        this.deadline = deadline;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(deadline.forRequest())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1);
        if (trustAll) {
            builder.sslContext(trustAllContext());
        }
        this.client = builder.build();
    }

    /**
     * One GET. A deadline that passes becomes an {@link HttpTimeoutException}; connection, TLS and protocol
     * failures are thrown as the client reports them ({@code ConnectException}, {@code SSLHandshakeException}...).
     */
    Response get(URI uri, Map<String, String> headers, int maxBody) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(deadline.forRequest()).GET();
        headers.forEach(request::header);
        CompletableFuture<HttpResponse<byte[]>> future =
                client.sendAsync(request.build(), info -> new LimitedBody(maxBody + 1));
        try {
            HttpResponse<byte[]> r = future.get(Math.max(1, deadline.remaining().toMillis()), TimeUnit.MILLISECONDS);
            return new Response(uri, r.statusCode(), r.headers(), r.body());
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new HttpTimeoutException("no complete answer from " + uri + " before the deadline");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while contacting " + uri);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(cause == null ? e.toString() : cause.toString(), cause);
        }
    }

    /** Collects up to {@code limit} bytes, then stops reading: the caller sees a body of exactly the limit. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final int limit;
        private Flow.Subscription subscription;

        LimitedBody(int limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer item : items) {
                int n = Math.min(item.remaining(), limit - bytes.size());
                byte[] chunk = new byte[n];
                item.get(chunk);
                bytes.write(chunk, 0, n);
                if (bytes.size() >= limit) {
                    subscription.cancel();
                    result.complete(bytes.toByteArray());
                    return;
                }
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }

    /**
     * {@code --insecure-registry}: any certificate and any host name, as jib accepts them. An extended trust
     * manager, so the JDK adds no host name check of its own.
     */
    private static SSLContext trustAllContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new X509ExtendedTrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
                }

                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
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
