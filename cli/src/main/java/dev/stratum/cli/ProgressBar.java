package dev.stratum.cli;

import dev.stratum.audit.AuditProgress;
import java.io.PrintWriter;

/** A one-line progress bar on stderr, redrawn at most every 100 ms; only used when stderr is a terminal. */
final class ProgressBar implements AuditProgress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private long lastDraw;
    private boolean drawn;

    ProgressBar(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void advance(int done, int total) {
        long now = System.nanoTime();
        if (done != total && now - lastDraw < 100_000_000L) {
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
