package [=project.package];

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A stand-in inventory service on 127.0.0.1 (the JDK's HTTP server), one per test JVM. What it does depends on
 * the SKU's prefix: {@code OK-} answers, {@code FLAKY-} fails once with 503 then answers, {@code DOWN-} always
 * answers 503, {@code MISSING-} 404, {@code SLOW-} answers after three seconds (longer than the read timeout
 * set here), {@code HANG-} waits until {@link #release()}. It counts the requests per SKU.
 */
public final class TestDownstream {

    /** Read timeout of the client in tests: short, so timeouts are quick to prove, yet safe on a busy CI machine. */
    public static final String READ_TIMEOUT = "1s";
    public static final int MAX_CONCURRENT_CALLS = 2;

    private static final Map<String, AtomicInteger> REQUESTS = new ConcurrentHashMap<>();
    private static final AtomicInteger IN_FLIGHT = new AtomicInteger();
    private static volatile CountDownLatch hanging = new CountDownLatch(1);
    private static HttpServer server;

    private TestDownstream() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        int port = start().getAddress().getPort();
        registry.add("spring.http.serviceclient.inventory.base-url", () -> "http://127.0.0.1:" + port);
        registry.add("spring.http.serviceclient.inventory.read-timeout", () -> READ_TIMEOUT);
        registry.add("downstream.max-concurrent-calls", () -> MAX_CONCURRENT_CALLS);
    }

    public static int requests(String sku) {
        return REQUESTS.getOrDefault(sku, new AtomicInteger()).get();
    }

    public static int inFlight() {
        return IN_FLIGHT.get();
    }

    /** Lets every {@code HANG-} request finish, and makes the next ones hang again. */
    public static void release() {
        CountDownLatch released = hanging;
        hanging = new CountDownLatch(1);
        released.countDown();
    }

    private static synchronized HttpServer start() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the stand-in inventory service", e);
            }
            server.createContext("/inventory/", TestDownstream::handle);
            server.setExecutor(Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "test-downstream");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
        }
        return server;
    }

    private static void handle(HttpExchange exchange) throws IOException {
        String sku = exchange.getRequestURI().getPath().substring("/inventory/".length());
        int attempt = REQUESTS.computeIfAbsent(sku, key -> new AtomicInteger()).incrementAndGet();
        IN_FLIGHT.incrementAndGet();
        try (exchange) {
            if (sku.startsWith("DOWN-") || sku.startsWith("FLAKY-") && attempt == 1) {
                send(exchange, 503, "{\"error\":\"unavailable\"}");
            } else if (sku.startsWith("MISSING-")) {
                send(exchange, 404, "{\"error\":\"unknown sku\"}");
            } else {
                if (sku.startsWith("SLOW-")) {
                    TimeUnit.SECONDS.sleep(3);
                } else if (sku.startsWith("HANG-")) {
                    hanging.await(10, TimeUnit.SECONDS);
                }
                send(exchange, 200, "{\"sku\":\"" + sku + "\",\"available\":7}");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            IN_FLIGHT.decrementAndGet();
        }
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        } catch (IOException e) {
            // The client gave up (read timeout): nothing left to answer.
        }
    }
}
