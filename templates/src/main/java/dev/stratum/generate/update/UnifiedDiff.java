package dev.stratum.generate.update;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/** A planned file's change as a unified diff (git's format, 3 lines of context), for {@code --diff}. */
public final class UnifiedDiff {
    private UnifiedDiff() {
    }

    /** Empty when the file does not change on disk. */
    public static String of(PlannedFile file) {
        if (!file.writes()) {
            return "";
        }
        byte[] before = file.before() == null ? new byte[0] : file.before();
        byte[] after = file.after() == null ? new byte[0] : file.after();
        RawText a = new RawText(before);
        RawText b = new RawText(after);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            out.write(((file.before() == null ? "--- /dev/null" : "--- a/" + file.path()) + "\n"
                    + (file.after() == null ? "+++ /dev/null" : "+++ b/" + file.path()) + "\n").getBytes(StandardCharsets.UTF_8));
            if (RawText.isBinary(before) || RawText.isBinary(after)) {
                out.write("Binary files differ\n".getBytes(StandardCharsets.UTF_8));
            } else {
                EditList edits = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
                        .diff(RawTextComparator.DEFAULT, a, b);
                try (DiffFormatter formatter = new DiffFormatter(out)) {
                    formatter.format(edits, a, b);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
