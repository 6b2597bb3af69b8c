package dev.stratum.report;

import dev.stratum.core.Printable;
import dev.stratum.finding.Finding;
import dev.stratum.finding.ProcessingWarning;
import dev.stratum.finding.Report;
import dev.stratum.finding.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Audit's text output: the score table first, then findings grouped by area, most severe first, each with its
 * location, message and fix; processing warnings and the summary line last. Replaces {@code text} for audit.
 */
public final class AuditTextReporter implements Reporter {
    private final AnsiStyle style;

    public AuditTextReporter(boolean colour) {
        this.style = new AnsiStyle(colour);
    }

    @Override
    public String id() {
        return "text";
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        Map<String, List<Finding>> byArea = AuditView.byArea(report);
        out.write(style.paint("1", String.format("%-12s %5s  %8s %5s %6s %4s %4s", "area", "score", "critical", "high",
                "medium", "low", "info")) + "\n");
        for (Map.Entry<String, List<Finding>> e : byArea.entrySet()) {
            Integer score = report.scores().get(e.getKey());
            int[] n = AuditView.counts(e.getValue());
            out.write(String.format("%-12s %5s  %8d %5d %6d %4d %4d", Printable.escape(e.getKey()), score == null ? "-" : score,
                    n[4], n[3], n[2], n[1], n[0]) + "\n");
        }
        if (report.scores().containsKey("overall")) {
            out.write(style.paint("1", String.format("%-12s %5d", "overall", report.scores().get("overall"))) + "\n");
        }
        out.write("\n");
        java.util.Set<String> explained = new java.util.HashSet<>();
        for (Map.Entry<String, List<Finding>> e : byArea.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            out.write(style.paint("1", Printable.escape(e.getKey()) + " (" + e.getValue().size() + ")") + "\n");
            for (Finding f : e.getValue()) {
                out.write("  " + style.paint(AnsiStyle.severity(f.severity()), String.format("%-8s", f.severity().id())) + " "
                        + Printable.escape(f.id()) + "  " + Printable.escape(location(f)) + "\n");
                out.write("           " + Printable.escape(f.message()) + "\n");
                if (!f.related().isEmpty()) {
                    out.write("           also at: " + Printable.escape(String.join(", ", f.related().stream()
                            .map(l -> l.line() > 0 ? l.file() + ":" + l.line() : l.file()).toList())) + "\n");
                }
                // the fix is the check's, not the finding's: once per check, under its first finding
                if (!f.rule().fix().isEmpty() && explained.add(f.id())) {
                    out.write("           fix: " + Printable.escape(f.rule().fix()) + "\n");
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

    /** The shared summary line, in audit's words (checks, not rules). */
    static String summary(Report report) {
        return TextReporter.summary(report).replace(" rules", " checks").replace(" rule,", " check,")
                .replaceAll(" rule$", " check");
    }

    static String location(Finding f) {
        return f.file() == null ? "(project)" : f.line() > 0 ? f.file() + ":" + f.line() : f.file();
    }



    /** Grouping shared by the audit text and html reporters. */
    static final class AuditView {
        static final List<String> AREAS = List.of("caching", "database", "monitoring", "security", "resilience");

        private AuditView() {
        }

        /** Areas in report order (scored ones and any with findings), findings most severe first. */
        static Map<String, List<Finding>> byArea(Report report) {
            Map<String, List<Finding>> out = new LinkedHashMap<>();
            for (String area : AREAS) {
                if (report.scores().containsKey(area)) {
                    out.put(area, new java.util.ArrayList<>());
                }
            }
            for (Finding f : report.findings()) {
                out.computeIfAbsent(f.rule().area(), k -> new java.util.ArrayList<>()).add(f);
            }
            Comparator<Finding> ranked = Comparator.comparing(Finding::severity).reversed().thenComparing(Report.ORDER);
            out.values().forEach(list -> list.sort(ranked));
            return out;
        }

        /** Counts by severity ordinal (info=0 .. critical=4). */
        static int[] counts(List<Finding> findings) {
            int[] n = new int[Severity.values().length];
            findings.forEach(f -> n[f.severity().ordinal()]++);
            return n;
        }
    }
}
