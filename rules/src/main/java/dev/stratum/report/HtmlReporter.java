package dev.stratum.report;

import dev.stratum.core.Printable;
import dev.stratum.finding.Finding;
import dev.stratum.finding.ProcessingWarning;
import dev.stratum.finding.Report;
import dev.stratum.finding.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * One self-contained HTML page: inline CSS, inline SVG charts (a score gauge and severity bars per area), no
 * scripts, fonts or images from anywhere. Everything user-controlled is escaped. Deterministic (no timestamps), so
 * it can be golden-tested.
 */
public final class HtmlReporter implements Reporter {
    private static final String[] SEVERITY_COLOURS = {"#8a8f98", "#3b82f6", "#d97706", "#dc2626", "#7f1d1d"};

    @Override
    public String id() {
        return "html";
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        Map<String, List<Finding>> byArea = AuditTextReporter.AuditView.byArea(report);
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Stratum audit report</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<header><h1>Stratum audit</h1><p class=\"tool\">").append(esc(report.tool().name())).append(' ')
                .append(esc(report.tool().version())).append("</p>");
        if (report.scores().containsKey("overall")) {
            h.append("<p class=\"overall\">Overall score <strong>").append(report.scores().get("overall"))
                    .append("</strong>/100</p>");
        }
        h.append("<p class=\"summary\">").append(esc(AuditTextReporter.summary(report))).append("</p></header>\n<main>\n");
        h.append("<section class=\"areas\">\n");
        for (Map.Entry<String, List<Finding>> e : byArea.entrySet()) {
            area(h, e.getKey(), report.scores().get(e.getKey()), e.getValue());
        }
        h.append("</section>\n");
        for (Map.Entry<String, List<Finding>> e : byArea.entrySet()) {
            if (!e.getValue().isEmpty()) {
                findings(h, e.getKey(), e.getValue());
            }
        }
        if (!report.warnings().isEmpty()) {
            h.append("<section><h2>Could not be analysed</h2>\n<ul class=\"warnings\">\n");
            for (ProcessingWarning w : report.warnings()) {
                h.append("<li>").append(w.file() == null ? "" : "<code>" + esc(w.file()) + "</code>: ")
                        .append(esc(w.message())).append("</li>\n");
            }
            h.append("</ul></section>\n");
        }
        h.append("</main>\n</body>\n</html>\n");
        out.write(h.toString());
    }

    private static void area(StringBuilder h, String area, Integer score, List<Finding> findings) {
        int[] counts = AuditTextReporter.AuditView.counts(findings);
        int s = score == null ? 100 : score;
        String colour = s >= 90 ? "#16a34a" : s >= 70 ? "#d97706" : "#dc2626";
        double circumference = 2 * Math.PI * 40;
        h.append("<article class=\"area\" id=\"area-").append(esc(area)).append("\">\n<h2>").append(esc(area)).append("</h2>\n");
        h.append("<svg width=\"220\" height=\"110\" viewBox=\"0 0 220 110\" role=\"img\" aria-label=\"")
                .append(esc(area)).append(" score ").append(score == null ? "not scored" : s).append(", ")
                .append(findings.size()).append(" findings\">\n");
        h.append("<circle cx=\"50\" cy=\"55\" r=\"40\" fill=\"none\" stroke=\"#e5e7eb\" stroke-width=\"12\"/>\n");
        h.append(String.format(java.util.Locale.ROOT, "<circle cx=\"50\" cy=\"55\" r=\"40\" fill=\"none\" stroke=\"%s\" "
                        + "stroke-width=\"12\" stroke-dasharray=\"%.1f %.1f\" transform=\"rotate(-90 50 55)\"/>\n",
                colour, circumference * s / 100.0, circumference));
        h.append("<text x=\"50\" y=\"62\" text-anchor=\"middle\" font-size=\"22\" font-weight=\"bold\">")
                .append(score == null ? "-" : String.valueOf(s)).append("</text>\n");
        int max = 1;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        Severity[] severities = Severity.values();
        for (int i = severities.length - 1, row = 0; i >= 0; i--, row++) {
            int y = 8 + row * 20;
            int width = counts[i] == 0 ? 0 : Math.max(3, 45 * counts[i] / max);
            h.append("<text x=\"105\" y=\"").append(y + 11).append("\" font-size=\"10\">").append(severities[i].id())
                    .append("</text>\n");
            h.append("<rect x=\"150\" y=\"").append(y + 2).append("\" width=\"").append(width)
                    .append("\" height=\"12\" fill=\"").append(SEVERITY_COLOURS[i]).append("\"/>\n");
            h.append("<text x=\"").append(154 + width).append("\" y=\"").append(y + 12).append("\" font-size=\"10\">")
                    .append(counts[i]).append("</text>\n");
        }
        h.append("</svg>\n</article>\n");
    }

    private static void findings(StringBuilder h, String area, List<Finding> findings) {
        h.append("<section><h2>").append(esc(area)).append(" <span class=\"count\">").append(findings.size())
                .append("</span></h2>\n<table>\n<thead><tr><th>severity</th><th>check</th><th>where</th>"
                        + "<th>what and how to fix</th></tr></thead>\n<tbody>\n");
        for (Finding f : findings) {
            h.append("<tr><td><span class=\"sev sev-").append(f.severity().id()).append("\">").append(f.severity().id())
                    .append("</span></td><td><code>").append(esc(f.id())).append("</code><br>")
                    .append(esc(f.rule().title())).append("</td><td><code>")
                    .append(esc(AuditTextReporter.location(f))).append("</code>");
            for (dev.stratum.finding.Location l : f.related()) {
                h.append("<br><code>").append(esc(l.line() > 0 ? l.file() + ":" + l.line() : l.file())).append("</code>");
            }
            h.append("</td><td>")
                    .append(esc(f.message()));
            if (!f.rule().why().isEmpty()) {
                h.append("<details><summary>why and how to fix</summary><p>").append(esc(f.rule().why()))
                        .append("</p><p><strong>Fix:</strong> ").append(esc(f.rule().fix())).append("</p>");
                if (!f.rule().badExample().isEmpty()) {
                    h.append("<pre class=\"bad\">").append(esc(f.rule().badExample())).append("</pre>");
                }
                if (!f.rule().goodExample().isEmpty()) {
                    h.append("<pre class=\"good\">").append(esc(f.rule().goodExample())).append("</pre>");
                }
                h.append("</details>");
            }
            h.append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    /** HTML-escapes text, control and bidi characters first made visible ({@link Printable}). */
    static String esc(String raw) {
        if (raw == null) {
            return "";
        }
        String s = Printable.escapeKeepingNewlines(raw);
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#111827;background:#f9fafb}
            header{background:#111827;color:#f9fafb;padding:1rem 2rem}
            header h1{margin:0 0 .25rem 0;font-size:1.5rem}
            header p{margin:.2rem 0}
            .overall strong{font-size:1.4rem}
            main{padding:1rem 2rem}
            .areas{display:flex;flex-wrap:wrap;gap:1rem}
            .area{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:.5rem 1rem}
            .area h2{font-size:1rem;margin:.25rem 0;text-transform:capitalize}
            section h2{text-transform:capitalize;font-size:1.2rem;margin-top:1.5rem}
            .count{color:#6b7280;font-weight:normal}
            table{border-collapse:collapse;width:100%;background:#fff}
            th,td{border:1px solid #e5e7eb;padding:.4rem .6rem;text-align:left;vertical-align:top;font-size:.9rem}
            th{background:#f3f4f6}
            code,pre{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85rem}
            pre{padding:.4rem;border-radius:4px;white-space:pre-wrap}
            pre.bad{background:#fef2f2}
            pre.good{background:#f0fdf4}
            .sev{display:inline-block;padding:0 .4rem;border-radius:4px;color:#fff;font-size:.8rem}
            .sev-info{background:#8a8f98}.sev-low{background:#3b82f6}.sev-medium{background:#d97706}
            .sev-high{background:#dc2626}.sev-critical{background:#7f1d1d}
            .warnings li{margin:.2rem 0}
            """;
}
