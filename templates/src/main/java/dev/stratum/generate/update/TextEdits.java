package dev.stratum.generate.update;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Edits of one text by offsets into the original, applied in one pass. Insertions at the same offset keep the
 * order they were added in; overlapping edits are refused ({@link XmlElements.Malformed}, so the caller falls back).
 */
final class TextEdits {
    private record Edit(int start, int end, String text, int order) {
    }

    private final List<Edit> edits = new ArrayList<>();

    void insert(int at, String text) {
        edits.add(new Edit(at, at, text, edits.size()));
    }

    void replace(int start, int end, String text) {
        edits.add(new Edit(start, end, text, edits.size()));
    }

    /** Removes [start, end) and, when the span fills its lines, the lines themselves. */
    void remove(String xml, int start, int end) {
        int lineStart = xml.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = xml.indexOf('\n', end);
        if (xml.substring(lineStart, start).isBlank() && (lineEnd < 0 ? xml.substring(end) : xml.substring(end, lineEnd)).isBlank()) {
            start = lineStart;
            end = lineEnd < 0 ? xml.length() : lineEnd + 1;
        }
        edits.add(new Edit(start, end, "", edits.size()));
    }

    String applyTo(String text) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(e -> e.end() - e.start()).thenComparingInt(Edit::order));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Edit e : sorted) {
            if (e.start() < at) {
                throw new XmlElements.Malformed("overlapping changes at offset " + e.start());
            }
            out.append(text, at, e.start()).append(e.text());
            at = e.end();
        }
        return out.append(text.substring(at)).toString();
    }
}
