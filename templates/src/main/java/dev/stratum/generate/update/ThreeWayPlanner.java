package dev.stratum.generate.update;

import dev.stratum.generate.update.PlannedFile.Action;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Decides per file from base (what the recorded template generated), theirs (what the template generates now) and
 * ours (the disk): unchanged by the user -> replaced; new in the template -> added; deleted by the user -> stays
 * deleted; dropped by the template -> removed where unchanged, else kept; changed on both sides -> merged
 * ({@link FileMerge}), conflicts written with markers.
 */
final class ThreeWayPlanner {
    private ThreeWayPlanner() {
    }

    static List<PlannedFile> plan(Map<String, byte[]> base, Map<String, byte[]> theirs, Function<String, byte[]> ours) {
        TreeSet<String> paths = new TreeSet<>(base.keySet());
        paths.addAll(theirs.keySet());
        List<PlannedFile> out = new ArrayList<>();
        for (String path : paths) {
            decide(path, base.get(path), theirs.get(path), ours.apply(path)).ifPresent(out::add);
        }
        return out;
    }

    static Optional<PlannedFile> decide(String path, byte[] b, byte[] t, byte[] o) {
        if (Arrays.equals(b, t) || Arrays.equals(o, t)) {
            return Optional.empty(); // the template did not change it, or the disk already has the new version
        }
        if (t == null) {
            if (o == null) {
                return Optional.empty();
            }
            return Optional.of(Arrays.equals(o, b)
                    ? new PlannedFile(path, Action.REMOVED, o, null, List.of())
                    : new PlannedFile(path, Action.KEPT, o, null, List.of("changed by you; the template no longer has it")));
        }
        if (o == null) {
            return Optional.of(b == null
                    ? new PlannedFile(path, Action.ADDED, null, t, List.of())
                    : new PlannedFile(path, Action.KEPT, null, null, List.of("deleted by you; stays deleted")));
        }
        if (Arrays.equals(o, b)) {
            return Optional.of(new PlannedFile(path, Action.REPLACED, o, t, List.of()));
        }
        return Optional.ofNullable(merge(path, b == null ? new byte[0] : b, o, t));
    }

    /** The merged file, or null when merging changes nothing and has nothing to say. */
    private static PlannedFile merge(String path, byte[] b, byte[] o, byte[] t) {
        Optional<String> base = text(b);
        Optional<String> ours = text(o);
        Optional<String> theirs = text(t);
        if (base.isEmpty() || ours.isEmpty() || theirs.isEmpty()) {
            return new PlannedFile(path, Action.CONFLICTED, o, null,
                    List.of("not text: kept yours, the template's new version is not applied"));
        }
        MergedText merged = FileMerge.forPath(path).merge(base.get(), ours.get(), theirs.get());
        byte[] after = merged.text().getBytes(StandardCharsets.UTF_8);
        if (!merged.conflicted() && Arrays.equals(after, o)) {
            return merged.notes().isEmpty() ? null : new PlannedFile(path, Action.KEPT, o, null, merged.notes());
        }
        return new PlannedFile(path, merged.conflicted() ? Action.CONFLICTED : Action.MERGED, o, after, merged.notes());
    }

    /** UTF-8 text without NUL bytes, or empty for anything a line merge would damage. */
    private static Optional<String> text(byte[] bytes) {
        for (byte x : bytes) {
            if (x == 0) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
