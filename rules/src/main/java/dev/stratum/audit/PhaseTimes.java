package dev.stratum.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * Where one audit spent its wall time, phase by phase (scan, source pass, model, each slow project check, cache
 * save): what {@code stratum --debug audit} prints, so a slow audit can be explained without a profiler.
 */
public final class PhaseTimes {
    /** Project checks faster than this are summed into one line instead of listed. */
    static final long LISTED_CHECK_MILLIS = 50;

    /** One phase and its wall time in milliseconds. */
    public record Phase(String name, long millis) {
    }

    private final List<Phase> phases = new ArrayList<>();
    private long last = System.nanoTime();

    /** Ends the phase running since the previous mark. */
    void mark(String name) {
        long now = System.nanoTime();
        phases.add(new Phase(name, (now - last) / 1_000_000));
        last = now;
    }

    /** A phase timed by the caller (one of several interleaved ones); {@link #restart} after them. */
    void add(String name, long millis) {
        phases.add(new Phase(name, millis));
    }

    /** The next {@link #mark} counts from now. */
    void restart() {
        last = System.nanoTime();
    }

    List<Phase> phases() {
        return List.copyOf(phases);
    }
}
