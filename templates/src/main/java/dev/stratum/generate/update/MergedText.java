package dev.stratum.generate.update;

import java.util.List;

/**
 * The outcome of merging one file: the text to write, whether it holds conflict markers, and notes for the plan
 * (what a structural merge kept of the user's or could not apply).
 */
public record MergedText(String text, boolean conflicted, List<String> notes) {
    public MergedText {
        notes = List.copyOf(notes);
    }

    static MergedText clean(String text, List<String> notes) {
        return new MergedText(text, false, notes);
    }
}
