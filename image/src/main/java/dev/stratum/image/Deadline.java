package dev.stratum.image;

import java.time.Duration;

/**
 * The one time bound of a build ({@code --timeout}): probing the registries, pulling, building, pushing and
 * reading the pushed manifest back all happen before it, however the time is split between requests. Per-request
 * timeouts alone do not bound a run: jib retries, and a server can drip one byte a second forever.
 */
record Deadline(long endNanos, Duration total) {
    /** No single registry request waits longer than this, so jib can retry within the deadline. */
    static final Duration MAX_REQUEST = Duration.ofSeconds(20);

    static Deadline after(Duration total) {
        return new Deadline(System.nanoTime() + total.toNanos(), total);
    }

    /** Time left, never negative. */
    Duration remaining() {
        return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
    }

    boolean expired() {
        return endNanos - System.nanoTime() <= 0;
    }

    /** The timeout for one request: what is left, at most {@link #MAX_REQUEST}, at least a millisecond. */
    Duration forRequest() {
        Duration left = remaining();
        Duration bounded = left.compareTo(MAX_REQUEST) > 0 ? MAX_REQUEST : left;
        return bounded.isZero() ? Duration.ofMillis(1) : bounded;
    }

    /** "5s" for messages; the user gave whole seconds. */
    String describe() {
        return total.toSeconds() + "s";
    }
}
