package dev.stratum.generate;

import dev.stratum.core.UsageException;
import java.time.Duration;

/**
 * The bounds every generation runs under (docs/reliability.md, "Limits"): a template is code from somewhere else,
 * and FreeMarker has no limits of its own. A generated service is well under 1 MiB; the numbers leave two orders of
 * magnitude of room while keeping the whole rendered tree (held in memory until it is written) small.
 *
 * @param timeout     total time for rendering every file, name, condition and property of one generation
 * @param maxFileBytes the largest single output file (rendered or copied), in bytes
 * @param maxTotalBytes all output files together, in bytes
 * @param stackBytes  the render thread's stack: how deep macros, functions and includes may nest
 */
public record RenderLimits(Duration timeout, long maxFileBytes, long maxTotalBytes, long stackBytes) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final long DEFAULT_MAX_FILE_BYTES = 16L << 20;
    public static final long DEFAULT_MAX_TOTAL_BYTES = 128L << 20;
    public static final long DEFAULT_STACK_BYTES = 4L << 20;

    public static RenderLimits defaults() {
        return new RenderLimits(DEFAULT_TIMEOUT, DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_TOTAL_BYTES, DEFAULT_STACK_BYTES);
    }

    /** The same limits with another render time limit (from {@code --render-timeout}). */
    public RenderLimits withTimeout(Duration value) {
        if (value.isNegative() || value.isZero() || value.compareTo(Duration.ofHours(1)) > 0) {
            throw new UsageException("--render-timeout must be between 1 and 3600 seconds");
        }
        return new RenderLimits(value, maxFileBytes, maxTotalBytes, stackBytes);
    }

    static String mib(long bytes) {
        return (bytes >> 20) + " MiB";
    }

    String timeoutText() {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }
}
