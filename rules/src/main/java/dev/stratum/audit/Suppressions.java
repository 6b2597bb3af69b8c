package dev.stratum.audit;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two ways to silence a finding: {@code @SuppressWarnings("stratum:ID")} on the declaration that contains
 * it, or a {@code stratum-ignore ID: reason} comment on its line (or alone on the line above). {@code ID} may be
 * {@code all}. The comment form works in YAML, properties and XML files too ({@code #}, {@code <!-- -->}).
 */
public final class Suppressions {
    private static final Pattern IGNORE = Pattern.compile(
            "stratum-ignore\\s+((?:[A-Za-z]+\\d+|all)(?:\\s*,\\s*(?:[A-Za-z]+\\d+|all))*)\\s*(?::\\s*(.*?))?\\s*(?:-->|\\*/)?\\s*$");

    private record Range(String id, int from, int to, String how) {
    }

    private final List<Range> ranges;

    private Suppressions(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** Suppressions of a Java file: annotations and comments. */
    public static Suppressions of(SourceFile file) {
        List<Range> ranges = new ArrayList<>();
        if (file.mentions("stratum:")) {
            for (AnnotationExpr a : file.all(AnnotationExpr.class)) {
                if (!Syntax.simpleName(a).equals("SuppressWarnings")) {
                    continue;
                }
                Node target = a.getParentNode().orElse(a);
                for (String value : Annotations.strings(a, "value")) {
                    if (value.startsWith("stratum:")) {
                        ranges.add(new Range(value.substring("stratum:".length()).strip(), Syntax.line(target),
                                Syntax.endLine(target), "@SuppressWarnings(\"" + value + "\")"));
                    }
                }
            }
        }
        if (file.mentions("stratum-ignore")) {
            String[] lines = new String[file.lineCount()];
            for (int i = 0; i < lines.length; i++) {
                lines[i] = file.line(i + 1);
            }
            comments(lines, ranges);
        }
        return new Suppressions(ranges);
    }

    /** Comment suppressions of any text file. */
    public static Suppressions ofText(String[] lines) {
        List<Range> ranges = new ArrayList<>();
        comments(lines, ranges);
        return new Suppressions(ranges);
    }

    private static void comments(String[] lines, List<Range> ranges) {
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].contains("stratum-ignore")) {
                continue;
            }
            Matcher m = IGNORE.matcher(lines[i]);
            if (!m.find()) {
                continue;
            }
            String before = lines[i].substring(0, m.start()).strip();
            boolean alone = before.isEmpty() || before.equals("//") || before.equals("#") || before.equals("<!--")
                    || before.equals("/*") || before.equals("--");
            int line = i + 1;
            String reason = m.group(2) == null || m.group(2).isBlank() ? "" : ": " + m.group(2).strip();
            for (String id : m.group(1).split("\\s*,\\s*")) {
                ranges.add(new Range(id.strip(), line, alone ? line + 1 : line, "stratum-ignore " + id.strip() + reason));
            }
        }
    }

    /** The suppression covering {@code checkId} at {@code line}, or null. */
    public String find(String checkId, int line) {
        for (Range r : ranges) {
            if ((r.id().equalsIgnoreCase(checkId) || r.id().toLowerCase(Locale.ROOT).equals("all"))
                    && line >= r.from() && line <= r.to()) {
                return r.how();
            }
        }
        return null;
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }
}
