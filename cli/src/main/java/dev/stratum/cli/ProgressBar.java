package dev.stratum.cli;

import dev.stratum.audit.AuditProgress;
import java.io.PrintWriter;
import java.util.function.LongSupplier;

/** A one-line progress bar on stderr, redrawn at most every 100 ms; only used when stderr is a terminal. */
final class ProgressBar implements AuditProgress {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;
    private final PrintWriter err;
    private final LongSupplier nanoClock;
    private long lastDraw;
    private boolean drawn;

    ProgressBar(PrintWriter err) {
        this(err, System::nanoTime);
    }

    /** With the clock passed in, so a test decides what "within 100 ms" means instead of the machine's load. */
    ProgressBar(PrintWriter err, LongSupplier nanoClock) {
        this.err = err;
        this.nanoClock = nanoClock;
    }

    @Override
    public synchronized void advance(int done, int total) {
        long now = nanoClock.getAsLong();
        if (drawn && done != total && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " files");
        err.flush();
        drawn = true;
    }

    synchronized void clear() {
        if (drawn) {
            err.print("\r" + " ".repeat(WIDTH + 30) + "\r");
            err.flush();
        }
    }
}
