package [=project.package];

import java.util.UUID;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;

/**
 * A real Redis for the tests: a Testcontainers container when Docker is available, otherwise the Redis at the
 * REDIS_URL environment variable (e.g. redis://127.0.0.1:6379). Keys get a per-run prefix, so a shared Redis never
 * serves entries from an earlier run. With neither, the application runs its tests on an in-memory cache and only
 * the tests that need Redis ({@link RequireRedis}) are skipped, with the reason; under CI=true they fail instead.
 */
public final class TestRedis {

    private static final String ENV = "REDIS_URL";
    private static final String KEY_PREFIX = "test-" + UUID.randomUUID() + ":";
    private static String url;
    private static boolean resolved;

    private TestRedis() {
    }

    static synchronized String url() {
        if (!resolved) {
            resolved = true;
            String fromEnv = System.getenv(ENV);
            if (fromEnv != null && !fromEnv.isBlank()) {
                url = fromEnv;
            } else if (dockerAvailable()) {
                GenericContainer<?> redis = new GenericContainer<>("redis:7-alpine").withExposedPorts(6379);
                redis.start();
                url = "redis://" + redis.getHost() + ":" + redis.getMappedPort(6379);
            }
        }
        return url;
    }

    public static void register(DynamicPropertyRegistry registry) {
        if (url() == null) {
            // No Redis: every test that does not need it still runs, on an in-memory cache.
            registry.add("spring.cache.type", () -> "simple");
            registry.add("management.health.redis.enabled", () -> "false");
            return;
        }
        registry.add("spring.data.redis.url", TestRedis::url);
        registry.add("spring.cache.redis.key-prefix", () -> KEY_PREFIX);
        // A loaded CI machine can take longer than the production timeout just to open the first connection.
        registry.add("spring.data.redis.timeout", () -> "10s");
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** Skips a test that needs Redis when none can be had; fails it under CI=true, where a skip would hide it. */
    public static final class RequireRedis implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (url() != null) {
                return ConditionEvaluationResult.enabled("Redis available");
            }
            String reason = "No Redis: Docker is not available and " + ENV
                    + " is not set (e.g. REDIS_URL=redis://127.0.0.1:6379)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(reason + "; CI=true, so this test fails instead of being skipped");
            }
            return ConditionEvaluationResult.disabled(reason);
        }
    }
}
