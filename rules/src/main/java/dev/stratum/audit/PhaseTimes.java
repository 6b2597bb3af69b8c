package dev.stratum.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Where one audit spent its time, phase by phase (scan, source pass, model, each slow project check, cache save):
 * wall time, and the CPU time of the whole process meanwhile (the JIT compiler and the garbage collector included,
 * where the platform reports it; -1 where it does not). What {@code stratum --debug audit} prints, so a slow audit
 * can be explained without a profiler.
 */
public final class PhaseTimes {
    /** Project checks faster than this are summed into one line instead of listed. */
    static final long LISTED_CHECK_MILLIS = 50;

    /** One phase: its wall time and the process's CPU time in it, in milliseconds. */
    public record Phase(String name, long millis, long cpuMillis) {
    }

    private final List<Phase> phases = new ArrayList<>();
    private long last = System.nanoTime();
    private long lastCpu = cpuMillis();

    /** Ends the phase running since the previous mark. */
    void mark(String name) {
        long now = System.nanoTime();
        long cpu = cpuMillis();
        phases.add(new Phase(name, (now - last) / 1_000_000, cpu < 0 || lastCpu < 0 ? -1 : cpu - lastCpu));
        last = now;
        lastCpu = cpu;
    }

    /** A part of the running phase, timed by the caller (a project check), without its CPU time. */
    void add(String name, long millis) {
        phases.add(new Phase(name, millis, -1));
    }

    List<Phase> phases() {
        return List.copyOf(phases);
    }

    private static long cpuMillis() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
    }
}
