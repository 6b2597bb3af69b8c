package dev.stratum.report;

import dev.stratum.core.Printable;
import dev.stratum.finding.Finding;
import dev.stratum.finding.ProcessingWarning;
import dev.stratum.finding.Report;
import dev.stratum.finding.RuleMeta;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * JUnit XML for CI test tabs: one {@code <testcase>} per rule evaluated (passing when it has no findings), one
 * {@code <failure>} per finding. Processing warnings are errors of the run, not findings: they appear as
 * {@code <error>} elements of one extra test case named {@code processing}.
 */
public final class JunitReporter implements Reporter {
    @Override
    public String id() {
        return "junit";
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        Map<String, List<Finding>> byRule = report.findings().stream()
                .collect(Collectors.groupingBy(Finding::id));
        List<RuleMeta> rules = new java.util.ArrayList<>(report.rules());
        byRule.values().forEach(list -> {
            if (rules.stream().noneMatch(r -> r.id().equals(list.get(0).id()))) {
                rules.add(list.get(0).rule());
            }
        });
        int tests = rules.size() + (report.warnings().isEmpty() ? 0 : 1);
        int failures = report.findings().size();
        String suite = report.tool().name();
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"" + esc(suite) + "\" tests=\"" + tests + "\" failures=\"" + failures
                + "\" errors=\"" + report.warnings().size() + "\">\n");
        out.write("  <testsuite name=\"" + esc(suite) + "\" tests=\"" + tests + "\" failures=\"" + failures
                + "\" errors=\"" + report.warnings().size() + "\" skipped=\"0\">\n");
        for (RuleMeta rule : rules) {
            List<Finding> found = byRule.getOrDefault(rule.id(), List.of());
            String open = "    <testcase classname=\"" + attr(suite + "." + rule.area()) + "\" name=\"" + attr(rule.id()) + "\"";
            if (found.isEmpty()) {
                out.write(open + "/>\n");
                continue;
            }
            out.write(open + ">\n");
            for (Finding f : found) {
                String where = f.file() == null ? (f.className() == null ? "" : f.className())
                        : f.file() + (f.line() > 0 ? ":" + f.line() : "");
                out.write("      <failure type=\"" + f.severity().id() + "\" message=\""
                        + attr(f.message().lines().findFirst().orElse("")) + "\">"
                        + esc(Printable.escape(where) + "\n" + Printable.escapeKeepingNewlines(f.message())
                        + (rule.fix().isEmpty() ? "" : "\nFix: " + Printable.escape(rule.fix())))
                        + "</failure>\n");
            }
            out.write("    </testcase>\n");
        }
        if (!report.warnings().isEmpty()) {
            out.write("    <testcase classname=\"" + esc(suite) + "\" name=\"processing\">\n");
            for (ProcessingWarning w : report.warnings()) {
                out.write("      <error type=\"processing\" message=\"" + attr(w.message()) + "\">"
                        + attr(w.file() == null ? "" : w.file()) + "</error>\n");
            }
            out.write("    </testcase>\n");
        }
        out.write("  </testsuite>\n</testsuites>\n");
    }

    /** An attribute value: one line, every control made visible, then XML-escaped. */
    static String attr(String s) {
        return esc(Printable.escape(s));
    }

    /**
     * XML-escapes text and drops what XML 1.0 cannot carry (C0 controls other than tab and line breaks, U+FFFE,
     * U+FFFF, unpaired surrogates), so the document stays well-formed whatever the input held.
     */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
                continue;
            }
            if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                continue;
            }
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
