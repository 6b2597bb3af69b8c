package dev.stratum.report;

import dev.stratum.finding.Report;
import java.io.IOException;
import java.io.Writer;

/** Renders a whole {@link Report} in one call: no state, no call order, no global settings. */
public interface Reporter {
    /** The format name used with {@code -f/--format}, e.g. {@code sarif}. */
    String id();

    void write(Report report, Writer out) throws IOException;
}
