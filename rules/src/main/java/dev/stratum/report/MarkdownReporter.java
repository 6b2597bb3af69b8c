package dev.stratum.report;

import dev.stratum.core.Printable;
import dev.stratum.finding.Finding;
import dev.stratum.finding.ProcessingWarning;
import dev.stratum.finding.Report;
import dev.stratum.finding.RuleMeta;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A pull-request comment: summary line, optional scores, a findings table, rule help folded away, warnings. */
public final class MarkdownReporter implements Reporter {
    @Override
    public String id() {
        return "markdown";
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        out.write("## " + report.tool().name() + " " + report.tool().version() + "\n\n");
        out.write((report.findings().isEmpty() ? ":white_check_mark: " : ":x: ") + TextReporter.summary(report) + "\n\n");
        if (!report.scores().isEmpty()) {
            out.write("| area | score |\n|---|---:|\n");
            for (Map.Entry<String, Integer> e : report.scores().entrySet()) {
                out.write("| " + cell(e.getKey()) + " | " + e.getValue() + " |\n");
            }
            out.write("\n");
        }
        if (!report.findings().isEmpty()) {
            out.write("| severity | rule | location | message |\n|---|---|---|---|\n");
            Set<String> used = new TreeSet<>();
            for (Finding f : report.findings()) {
                used.add(f.id());
                String where = (f.file() == null ? (f.className() == null ? "" : f.className())
                        : f.file() + (f.line() > 0 ? ":" + f.line() : ""))
                        + (f.related().isEmpty() ? "" : " (+" + f.related().size() + " more)");
                out.write("| " + f.severity().id() + " | " + code(f.id()) + " | " + code(where) + " | "
                        + cell(f.message()) + " |\n");
            }
            out.write("\n<details><summary>Rules</summary>\n\n");
            for (RuleMeta rule : report.rules()) {
                if (used.contains(rule.id())) {
                    out.write("#### `" + rule.id() + "`\n\n" + ruleHelp(rule) + "\n\n");
                }
            }
            for (Finding f : report.findings()) {
                if (report.rules().stream().noneMatch(r -> r.id().equals(f.id())) && used.remove(f.id())) {
                    out.write("#### `" + f.id() + "`\n\n" + ruleHelp(f.rule()) + "\n\n");
                }
            }
            out.write("</details>\n\n");
        }
        if (!report.warnings().isEmpty()) {
            out.write("**Warnings** (input that could not be analysed):\n\n");
            for (ProcessingWarning w : report.warnings()) {
                out.write("- " + (w.file() == null ? "" : code(w.file()) + ": ") + cell(w.message()) + "\n");
            }
            out.write("\n");
        }
    }

    /** Title, why and fix of a rule as Markdown (also used for SARIF help). */
    static String ruleHelp(RuleMeta rule) {
        StringBuilder s = new StringBuilder("**" + rule.title() + "**");
        if (!rule.why().isEmpty()) {
            s.append("\n\nWhy: ").append(rule.why());
        }
        if (!rule.fix().isEmpty()) {
            s.append("\n\nFix: ").append(rule.fix());
        }
        return s.toString();
    }

    /**
     * Text in a table cell or list item: controls made visible, Markdown and HTML punctuation backslash-escaped (so
     * a message cannot open a link, an HTML tag or a new row), line breaks as {@code <br>}.
     */
    static String cell(String s) {
        String text = Printable.escapeKeepingNewlines(s.replace("\r\n", "\n"));
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                b.append("<br>");
            } else {
                if ("\\`*_[]<>&|~!#".indexOf(c) >= 0) {
                    b.append('\\');
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A code span that its content cannot close: a fence longer than any backtick run inside; pipes escaped. */
    static String code(String s) {
        String text = Printable.escape(s).replace("|", "\\|");
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = text.startsWith("`") || text.endsWith("`") || text.isBlank() ? " " : "";
        return fence + pad + text + pad + fence;
    }
}
