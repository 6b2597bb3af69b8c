package dev.stratum.generate.update;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@code .properties} text as lines with the key entries located: an entry is a logical line (continuations
 * with a trailing backslash joined) from {@code start} to {@code end} (exclusive line indexes). Comments and blank
 * lines belong to no entry. The first entry of a key wins, as for {@link java.util.Properties} the last would;
 * duplicates are the user's business and left alone.
 */
record PropertiesText(List<String> lines, boolean trailingNewline, Map<String, Entry> entries) {

    record Entry(String key, String value, int start, int end) {
    }

    static PropertiesText parse(String text) {
        boolean trailing = text.endsWith("\n");
        List<String> lines = new ArrayList<>(List.of((trailing ? text.substring(0, text.length() - 1) : text).split("\n", -1)));
        if (text.isEmpty()) {
            lines.clear();
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        int i = 0;
        while (i < lines.size()) {
            int start = i;
            StringBuilder logical = new StringBuilder(lines.get(i).stripLeading());
            while (continues(lines.get(i)) && i + 1 < lines.size()) {
                logical.setLength(logical.length() - 1);
                i++;
                logical.append(lines.get(i).stripLeading());
            }
            i++;
            String line = logical.toString();
            if (line.isBlank() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int k = 0;
            while (k < line.length() && "=: \t\f".indexOf(line.charAt(k)) < 0) {
                k += line.charAt(k) == '\\' ? 2 : 1;
            }
            String key = line.substring(0, Math.min(k, line.length()));
            String rest = line.substring(Math.min(k, line.length())).stripLeading();
            if (!rest.isEmpty() && (rest.charAt(0) == '=' || rest.charAt(0) == ':')) {
                rest = rest.substring(1).stripLeading();
            }
            entries.putIfAbsent(key, new Entry(key, rest.strip(), start, i));
        }
        return new PropertiesText(lines, trailing, entries);
    }

    private static boolean continues(String line) {
        int backslashes = 0;
        for (int j = line.length() - 1; j >= 0 && line.charAt(j) == '\\'; j--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    List<String> lines(Entry e) {
        return lines.subList(e.start(), e.end());
    }

    /** The comment lines directly above {@code e} (no blank line between), top to bottom. */
    List<String> commentsAbove(Entry e) {
        int i = e.start();
        while (i > 0 && isComment(lines.get(i - 1)) && !belongsToEntry(i - 1)) {
            i--;
        }
        return lines.subList(i, e.start());
    }

    private boolean belongsToEntry(int line) {
        return entries.values().stream().anyMatch(e -> line >= e.start() && line < e.end());
    }

    private static boolean isComment(String line) {
        String s = line.stripLeading();
        return s.startsWith("#") || s.startsWith("!");
    }

    /** The text with {@code edits} (by start line) applied and {@code inserts} added after their line (-1: at the end). */
    String apply(TreeMap<Integer, PropertiesMerge.Edit> edits, Map<Integer, List<String>> inserts) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); ) {
            PropertiesMerge.Edit edit = edits.get(i);
            int next = i + 1;
            if (edit != null) {
                out.addAll(edit.lines());
                next = edit.end();
            } else {
                out.add(lines.get(i));
            }
            for (int j = i + 1; j <= next; j++) {
                List<String> after = inserts.get(j);
                if (after != null && j <= lines.size()) {
                    out.addAll(after);
                }
            }
            i = next;
        }
        List<String> atEnd = inserts.get(-1);
        if (atEnd != null) {
            out.addAll(atEnd);
        }
        return out.isEmpty() ? "" : String.join("\n", out) + (trailingNewline || atEnd != null ? "\n" : "");
    }
}
