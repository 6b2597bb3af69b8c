package [=project.package];

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Log lines are ECS: the trace and span ids of the current span are under ECS's trace.id and span.id. */
@ExtendWith(OutputCaptureExtension.class)
class EcsLogTest extends AbstractIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(EcsLogTest.class);

    private final Tracer tracer;

    EcsLogTest(Tracer tracer) {
        this.tracer = tracer;
    }

    @Test
    void traceAndSpanIdsUseTheEcsFieldNames(CapturedOutput output) {
        Span span = tracer.nextSpan().name("ecs-log-test").start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            log.info("ecs field check");
        } finally {
            span.end();
        }
        String line = output.getOut().lines().filter(l -> l.contains("ecs field check")).findFirst().orElseThrow();
        String traceId = span.context().traceId();
        String spanId = span.context().spanId();
        assertThat(line).containsAnyOf("\"trace\":{\"id\":\"" + traceId + "\"", "\"trace.id\":\"" + traceId + "\"")
                .containsAnyOf("\"span\":{\"id\":\"" + spanId + "\"", "\"span.id\":\"" + spanId + "\"")
                .doesNotContain("\"traceId\"", "\"spanId\"");
    }
}
