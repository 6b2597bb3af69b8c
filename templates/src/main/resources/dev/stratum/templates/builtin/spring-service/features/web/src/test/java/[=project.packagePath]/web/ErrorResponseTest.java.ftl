package [=project.package].web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import [=project.package].AbstractIntegrationTest;
<#if features.security>
import [=project.package].TestJwt;
</#if>
import [=project.package].TestFailures;

/**
 * Every error is problem+json with the correlation id, over a real HTTP connection (the container's error
 * dispatch does not exist in MockMvc), and a failure is logged exactly once with the request's ids.
 */
@ExtendWith(OutputCaptureExtension.class)
class ErrorResponseTest extends AbstractIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;

    ErrorResponseTest(@LocalServerPort int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    @Test
    void unknownPathIsA404Problem() throws Exception {
        assertProblem(send("GET", "/api/no-such-thing", null, null), 404);
    }

    @Test
    void wrongMethodIsA405Problem() throws Exception {
        assertProblem(send("DELETE", "/api/products/1", null, null), 405);
    }

    @Test
    void unsupportedMediaTypeIsA415Problem() throws Exception {
        assertProblem(send("POST", "/api/products", MediaType.TEXT_PLAIN_VALUE, "sku=X"), 415);
    }

    @Test
    void malformedJsonIsA400Problem() throws Exception {
        assertProblem(send("POST", "/api/products", MediaType.APPLICATION_JSON_VALUE, "{\"sku\": "), 400);
    }

    @Test
    void uncaughtControllerExceptionIsA500ProblemLoggedOnceWithItsIds(CapturedOutput output) throws Exception {
        JsonNode problem = assertProblem(send("GET", TestFailures.IN_CONTROLLER, null, null), 500);

        assertThat(problem.toString()).doesNotContain(TestFailures.SECRET);
        assertLoggedOnce(output, "Request GET " + TestFailures.IN_CONTROLLER + " failed", problem);
    }

    @Test
    void exceptionInAFilterIsA500ProblemLoggedOnceWithItsId(CapturedOutput output) throws Exception {
        HttpResponse<String> response = send("GET", TestFailures.IN_FILTER, null, null);
        JsonNode problem = assertProblem(response, 500);

        assertThat(problem.path("instance").asString()).isEqualTo(TestFailures.IN_FILTER);
        assertThat(response.body()).doesNotContain(TestFailures.SECRET);
        assertLoggedOnce(output, "Request GET " + TestFailures.IN_FILTER + " failed", problem);
    }

    private static JsonNode assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue(HttpHeaders.CONTENT_TYPE)).hasValueSatisfying(
                type -> assertThat(MediaType.parseMediaType(type).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        String correlationId = problem.path("correlationId").asString();
        assertThat(correlationId).isNotBlank();
        assertThat(response.headers().firstValue(CorrelationIdFilter.HEADER)).hasValue(correlationId);
        return problem;
    }

    /** One log line for the failure, with its correlation id<#if features.observability> and a trace id</#if>, and its cause. */
    private static void assertLoggedOnce(CapturedOutput output, String message, JsonNode problem) {
        List<String> lines = Arrays.stream(output.getOut().split("\\R")).filter(line -> line.contains(message)).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains(problem.path("correlationId").asString());
<#if features.observability>
        assertThat(lines.get(0)).containsPattern("[0-9a-f]{32}").contains(TestFailures.SECRET);
</#if>
        assertThat(output.getOut()).contains(TestFailures.SECRET);
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header(HttpHeaders.CONTENT_TYPE, contentType);
        }
<#if features.security>
        request.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestJwt.token("test-user"));
</#if>
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
