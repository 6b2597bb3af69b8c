package dev.stratum.generate;

import dev.stratum.core.UsageException;

/**
 * What one generation may still spend: the deadline and the output bytes left of the total. One per generation,
 * used by the render thread only (the waiting thread reads nothing from it).
 */
final class RenderBudget {
    private final RenderLimits limits;
    private final long deadlineNanos;
    private long totalBytes;

    RenderBudget(RenderLimits limits) {
        this.limits = limits;
        this.deadlineNanos = System.nanoTime() + limits.timeout().toNanos();
    }

    RenderLimits limits() {
        return limits;
    }

    long remainingNanos() {
        return deadlineNanos - System.nanoTime();
    }

    boolean expired() {
        return remainingNanos() <= 0 || Thread.currentThread().isInterrupted();
    }

    /** Counts {@code bytes} more of output for {@code file}; refuses past either size limit. */
    void spend(String where, long fileBytes, long bytes) {
        totalBytes += bytes;
        if (fileBytes > limits.maxFileBytes()) {
            throw new OutputLimitException(where + ": output larger than " + RenderLimits.mib(limits.maxFileBytes())
                    + " (the limit for one generated file)");
        }
        if (totalBytes > limits.maxTotalBytes()) {
            throw new OutputLimitException(where + ": the generated files together exceed "
                    + RenderLimits.mib(limits.maxTotalBytes()) + " (the limit for one generation)");
        }
    }

    /** A limit was reached; a {@link UsageException} (exit 2), raised from inside rendering. */
    static final class OutputLimitException extends UsageException {
        private static final long serialVersionUID = 1L;

        OutputLimitException(String message) {
            super(message);
        }
    }
}
