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
    /**
     * The marker and its ids; possessive, so a long line cannot make it backtrack. What may follow the ids (nothing,
     * {@code : reason}, a comment's end) is checked by {@link #tail} in one pass: a regular expression with a lazy
     * reason between optional spaces took cubic time on a long line of spaces (found by SuppressionsFuzzTest).
     */
    private static final Pattern IGNORE = Pattern.compile(
            "stratum-ignore\\s++((?:[A-Za-z]++\\d++|all)(?:\\s*+,\\s*+(?:[A-Za-z]++\\d++|all))*+)");

    private final List<Suppression> ranges;

    private Suppressions(List<Suppression> ranges) {
        this.ranges = ranges;
    }

    /** Suppressions recorded earlier (a cached file's). */
    public static Suppressions of(List<Suppression> recorded) {
        return new Suppressions(List.copyOf(recorded));
    }

    /** Every suppression, for the per-file cache. */
    public List<Suppression> all() {
        return List.copyOf(ranges);
    }

    /** Suppressions of a Java file: annotations and comments. */
    public static Suppressions of(SourceFile file) {
        List<Suppression> ranges = new ArrayList<>();
        if (file.mentions("stratum:")) {
            for (AnnotationExpr a : file.all(AnnotationExpr.class)) {
                if (!Syntax.simpleName(a).equals("SuppressWarnings")) {
                    continue;
                }
                Node target = a.getParentNode().orElse(a);
                for (String value : Annotations.strings(a, "value")) {
                    if (value.startsWith("stratum:")) {
                        ranges.add(new Suppression(value.substring("stratum:".length()).strip(), Syntax.line(target),
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
        List<Suppression> ranges = new ArrayList<>();
        comments(lines, ranges);
        return new Suppressions(ranges);
    }

    private static void comments(String[] lines, List<Suppression> ranges) {
        for (int i = 0; i < lines.length; i++) {
            String text = lines[i];
            if (!text.contains("stratum-ignore")) {
                continue;
            }
            int end = text.length();
            while (end > 0 && isSpace(text.charAt(end - 1))) {
                end--;
            }
            Matcher m = IGNORE.matcher(text);
            String reason = null;
            while (m.find() && (reason = tail(text, m.end(), end)) == null) {
                // ids followed by something else: not a suppression; a later marker on the line may be one
            }
            if (reason == null) {
                continue;
            }
            String before = text.substring(0, m.start()).strip();
            boolean alone = before.isEmpty() || before.equals("//") || before.equals("#") || before.equals("<!--")
                    || before.equals("/*") || before.equals("--");
            int line = i + 1;
            String shown = reason.isBlank() ? "" : ": " + reason;
            for (String id : m.group(1).split("\\s*,\\s*")) {
                ranges.add(new Suppression(id.strip(), line, alone ? line + 1 : line, "stratum-ignore " + id.strip() + shown));
            }
        }
    }

    /**
     * What follows the ids from {@code from}: the reason ("" when none) when the rest of the line is empty, a
     * comment's end ({@code -->}, {@code *}{@code /}) or {@code : reason} (before an optional comment end); null
     * when anything else follows. {@code end} is the line's length without trailing spaces (those of {@code \s}).
     */
    private static String tail(String text, int from, int end) {
        if (end < from) {
            return "";
        }
        int p = from;
        while (p < end && isSpace(text.charAt(p))) {
            p++;
        }
        if (p < end && text.charAt(p) == ':') {
            int start = p + 1;
            int stop = text.startsWith("-->", end - 3) && end - 3 >= start ? end - 3
                    : text.startsWith("*/", end - 2) && end - 2 >= start ? end - 2 : end;
            return text.substring(start, stop).strip();
        }
        int left = end - p;
        return left == 0 || (left == 3 && text.startsWith("-->", p)) || (left == 2 && text.startsWith("*/", p)) ? "" : null;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The suppression covering {@code checkId} at {@code line}, or null. */
    public String find(String checkId, int line) {
        for (Suppression r : ranges) {
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
