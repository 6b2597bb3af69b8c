package [=project.package];

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
<#if features["cache-redis"]>
import org.junit.jupiter.api.extension.ExtendWith;
</#if>
import org.springframework.core.env.Environment;

/**
 * Every metric that ops/grafana-dashboard.json queries is one this service really exports on
 * /actuator/prometheus, so no panel stays empty because a metric was renamed or is never registered.
 */
<#if features["cache-redis"]>
@ExtendWith(TestRedis.RequireRedis.class)
</#if>
class DashboardMetricsTest extends AbstractIntegrationTest {

    private static final Pattern EXPR = Pattern.compile("\"expr\":\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** A metric name in a PromQL selector: the identifier right before '{'. */
    private static final Pattern SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Environment environment;

    DashboardMetricsTest(Environment environment) {
        this.environment = environment;
    }

    @Test
    void everyMetricTheDashboardQueriesIsExported() throws Exception {
        Set<String> queried = dashboardMetrics(Path.of("ops/grafana-dashboard.json"));
        String serverPort = environment.getRequiredProperty("local.server.port");
        String managementPort = environment.getProperty("local.management.port", serverPort);
        String base = environment.getProperty("management.endpoints.web.base-path", "/actuator");

        // Metrics that exist only once something happened: a served request, a garbage collection.
        get(serverPort, "/api/products/0");
        System.gc();
        Set<String> missing = queried;
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        do {
            String scrape = get(managementPort, base + "/prometheus");
            missing = new TreeSet<>(queried.stream().filter(m -> !exported(scrape, m)).toList());
            if (!missing.isEmpty()) {
                Thread.sleep(200);
            }
        } while (!missing.isEmpty() && System.nanoTime() < deadline);
        assertThat(missing).as("metrics ops/grafana-dashboard.json queries that /actuator/prometheus does not export")
                .isEmpty();
    }

    static Set<String> dashboardMetrics(Path dashboard) throws IOException {
        Set<String> names = new TreeSet<>();
        Matcher expr = EXPR.matcher(Files.readString(dashboard));
        while (expr.find()) {
            String promql = expr.group(1).replace("\\\"", "\"");
            Matcher selector = SELECTOR.matcher(promql);
            boolean any = false;
            while (selector.find()) {
                names.add(selector.group(1));
                any = true;
            }
            assertThat(any).as("a metric selector in %s", promql).isTrue();
        }
        assertThat(names).as("metrics in %s", dashboard).isNotEmpty();
        return names;
    }

    private static boolean exported(String scrape, String metric) {
        return Pattern.compile("^" + Pattern.quote(metric) + "[{ ]", Pattern.MULTILINE).matcher(scrape).find();
    }

    private String get(String port, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
