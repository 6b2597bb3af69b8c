package dev.stratum.report;

import dev.stratum.core.Printable;
import dev.stratum.finding.Finding;
import dev.stratum.finding.ProcessingWarning;
import dev.stratum.finding.Report;
import dev.stratum.finding.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Human output, grouped by file: each finding with line, severity, rule id and message (how to fix a rule: under its
 * first finding), then
 * processing warnings, then a one-line summary. ANSI colour only when the caller asks (a TTY), never by itself.
 */
public final class TextReporter implements Reporter {
    private final AnsiStyle style;

    public TextReporter(boolean colour) {
        this.style = new AnsiStyle(colour);
    }

    @Override
    public String id() {
        return "text";
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        Map<String, List<Finding>> byFile = report.findings().stream().collect(Collectors.groupingBy(
                f -> f.file() == null ? (f.className() == null ? "(no file)" : f.className()) : f.file(),
                LinkedHashMap::new, Collectors.toList()));
        java.util.Set<String> explained = new java.util.HashSet<>();
        for (Map.Entry<String, List<Finding>> group : byFile.entrySet()) {
            out.write(style.paint("1", Printable.escape(group.getKey())) + "\n");
            for (Finding f : group.getValue()) {
                String where = f.line() > 0 ? String.format("%5d", f.line()) : "    -";
                String[] lines = Printable.escapeKeepingNewlines(f.message().replace("\r\n", "\n")).split("\n");
                out.write("  " + where + "  " + style.paint(AnsiStyle.severity(f.severity()), String.format("%-8s", f.severity().id()))
                        + " " + Printable.escape(f.id()) + "  " + lines[0] + "\n");
                for (int i = 1; i < lines.length; i++) {
                    out.write("                          " + lines[i] + "\n");
                }
                if (!f.rule().fix().isEmpty() && explained.add(f.id())) {
                    out.write("                 fix: " + Printable.escape(f.rule().fix()) + "\n");
                }
            }
            out.write("\n");
        }
        for (ProcessingWarning w : report.warnings()) {
            out.write(style.paint("33", "warning: ") + (w.file() == null ? "" : Printable.escape(w.file()) + ": ")
                    + Printable.escape(w.message()) + "\n");
        }
        out.write(summary(report) + "\n");
    }

    static String summary(Report report) {
        StringBuilder s = new StringBuilder();
        int n = report.findings().size();
        s.append(n).append(n == 1 ? " finding" : " findings");
        if (n > 0) {
            Map<Severity, Long> counts = report.findings().stream()
                    .collect(Collectors.groupingBy(Finding::severity, java.util.TreeMap::new, Collectors.counting()));
            s.append(" (").append(counts.entrySet().stream()
                    .sorted(Map.Entry.<Severity, Long>comparingByKey().reversed())
                    .map(e -> e.getValue() + " " + e.getKey().id()).collect(Collectors.joining(", "))).append(")");
        }
        s.append(", ").append(report.rules().size()).append(report.rules().size() == 1 ? " rule" : " rules");
        if (!report.suppressed().isEmpty()) {
            s.append(", ").append(report.suppressed().size()).append(" suppressed");
        }
        if (!report.warnings().isEmpty()) {
            s.append(", ").append(report.warnings().size())
                    .append(report.warnings().size() == 1 ? " warning" : " warnings");
        }
        return s.toString();
    }


}
