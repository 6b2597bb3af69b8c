package dev.stratum.generate.update;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Merges a {@code .properties} file by key: keys the template adds are inserted (after the key that precedes them
 * in the template, with the comment lines directly above them), keys the template changed or dropped are updated or
 * removed only where the user kept the base value, and every key the user set or added stays as it is. Never
 * writes conflict markers (they would break the file); what it kept of the user's instead is listed in the notes.
 */
final class PropertiesMerge implements FileMerge {

    @Override
    public MergedText merge(String base, String ours, String theirs) {
        PropertiesText b = PropertiesText.parse(base);
        PropertiesText o = PropertiesText.parse(ours);
        PropertiesText t = PropertiesText.parse(theirs);
        List<String> notes = new ArrayList<>();
        // Edits on ours' lines: line index -> replacement lines for [index, end), applied from the bottom up.
        TreeMap<Integer, Edit> edits = new TreeMap<>();
        Map<Integer, List<String>> inserts = new LinkedHashMap<>();
        int anchor = -1; // line after which new keys go: the end of the last template key ours holds
        for (PropertiesText.Entry theirsEntry : t.entries().values()) {
            String key = theirsEntry.key();
            PropertiesText.Entry baseEntry = b.entries().get(key);
            PropertiesText.Entry oursEntry = o.entries().get(key);
            if (oursEntry != null) {
                anchor = oursEntry.end();
            }
            if (baseEntry == null) {
                if (oursEntry == null) {
                    List<String> lines = new ArrayList<>(t.commentsAbove(theirsEntry).stream()
                            .filter(c -> !o.lines().contains(c)).toList());
                    lines.addAll(t.lines(theirsEntry));
                    inserts.computeIfAbsent(anchor, k -> new ArrayList<>()).addAll(lines);
                } else if (!oursEntry.value().equals(theirsEntry.value())) {
                    notes.add(key + ": kept your value (the template now sets it too)");
                }
            } else if (!baseEntry.value().equals(theirsEntry.value())) {
                if (oursEntry == null) {
                    notes.add(key + ": stays deleted (the template changed it)");
                } else if (oursEntry.value().equals(baseEntry.value())) {
                    edits.put(oursEntry.start(), new Edit(oursEntry.end(), t.lines(theirsEntry)));
                } else if (!oursEntry.value().equals(theirsEntry.value())) {
                    notes.add(key + ": kept your value (the template changed it)");
                }
            }
        }
        for (PropertiesText.Entry baseEntry : b.entries().values()) {
            if (t.entries().containsKey(baseEntry.key())) {
                continue;
            }
            PropertiesText.Entry oursEntry = o.entries().get(baseEntry.key());
            if (oursEntry != null && oursEntry.value().equals(baseEntry.value())) {
                edits.put(oursEntry.start(), new Edit(oursEntry.end(), List.of()));
            } else if (oursEntry != null) {
                notes.add(baseEntry.key() + ": kept your value (the template no longer sets it)");
            }
        }
        return MergedText.clean(o.apply(edits, inserts), notes);
    }

    record Edit(int end, List<String> lines) {
    }
}
