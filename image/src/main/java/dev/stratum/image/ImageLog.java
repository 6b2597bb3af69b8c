package dev.stratum.image;

import java.io.PrintWriter;

/** Where the image builder reports warnings and progress; the CLI decides how much reaches stderr. */
public interface ImageLog {
    void warn(String message);

    void progress(String message);

    void debug(String message);

    /** Warnings always; progress unless quiet; jib's detail only when verbose. */
    static ImageLog to(PrintWriter err, boolean quiet, boolean verbose) {
        long start = System.nanoTime();
        return new ImageLog() {
            @Override
            public void warn(String message) {
                err.println("stratum: warning: " + message);
                err.flush();
            }

            @Override
            public void progress(String message) {
                if (!quiet) {
                    err.println(message);
                    err.flush();
                }
            }

            @Override
            public void debug(String message) {
                if (verbose) {
                    // Elapsed time on detail lines shows where a slow build spends it.
                    err.printf("  [%6d ms] %s%n", (System.nanoTime() - start) / 1_000_000, message);
                    err.flush();
                }
            }
        };
    }

    static ImageLog silent() {
        return to(new PrintWriter(java.io.Writer.nullWriter()), true, false);
    }
}
