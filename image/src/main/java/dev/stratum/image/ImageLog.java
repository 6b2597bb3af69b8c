package dev.stratum.image;

import java.io.PrintWriter;

/** Where the image builder reports warnings and progress; the CLI decides how much reaches stderr. */
public interface ImageLog {
    void warn(String message);

    void progress(String message);

    void debug(String message);

    /** Warnings always; progress unless quiet; jib's detail only when verbose. */
    static ImageLog to(PrintWriter err, boolean quiet, boolean verbose) {
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
                    err.println("  " + message);
                    err.flush();
                }
            }
        };
    }

    static ImageLog silent() {
        return to(new PrintWriter(java.io.Writer.nullWriter()), true, false);
    }
}
