package dev.stratum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void drawsOnOneLineAndClearsItself() {
        StringWriter err = new StringWriter();
        long[] now = {5_000_000_000L};
        ProgressBar bar = new ProgressBar(new PrintWriter(err), () -> now[0]);
        bar.advance(1, 4);
        now[0] += 50_000_000L;
        bar.advance(2, 4); // within 100 ms of the last draw: skipped
        now[0] += 10_000_000L;
        bar.advance(4, 4); // the last one is always drawn
        bar.clear();
        assertThat(err.toString()).startsWith("\r[#######").contains("] 1/4 files", "\r[" + "#".repeat(30) + "] 4/4 files")
                .doesNotContain("2/4").doesNotContain("\n").endsWith("\r");
    }
}
