package dev.stratum.generate.update;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeFormatter;
import org.eclipse.jgit.merge.MergeResult;

/** Line-wise three-way merge with JGit's algorithm (histogram diff), conflicts in git's marker style. */
final class LineMerge implements FileMerge {
    static final String OURS = "yours";
    static final String THEIRS = "template";

    @Override
    public MergedText merge(String base, String ours, String theirs) {
        MergeAlgorithm algorithm = new MergeAlgorithm(DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM));
        MergeResult<RawText> result = algorithm.merge(RawTextComparator.DEFAULT, text(base), text(ours), text(theirs));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new MergeFormatter().formatMerge(out, result, "base", OURS, THEIRS, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array stream does not fail
        }
        return new MergedText(out.toString(StandardCharsets.UTF_8), result.containsConflicts(), List.of());
    }

    private static RawText text(String s) {
        return new RawText(s.getBytes(StandardCharsets.UTF_8));
    }
}
