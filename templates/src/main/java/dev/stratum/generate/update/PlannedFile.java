package dev.stratum.generate.update;

import java.util.List;

/**
 * What an update does to one file. {@code before} is the file on disk (null when absent), {@code after} what is
 * written (null when the file is removed or left as it is).
 */
public record PlannedFile(String path, Action action, byte[] before, byte[] after, List<String> notes) {
    public enum Action {
        /** New in the template; written. */
        ADDED,
        /** The user never changed it; replaced by the template's new version. */
        REPLACED,
        /** Both changed; merged without conflicts. */
        MERGED,
        /** Both changed; written with conflict markers (or, for binary files, left as the user's). */
        CONFLICTED,
        /** Left as the user has it (deleted by the user, or changed by the user and dropped by the template). */
        KEPT,
        /** Dropped by the template and unchanged by the user; deleted. */
        REMOVED
    }

    public PlannedFile {
        notes = List.copyOf(notes);
    }

    /** Whether the file on disk changes. */
    public boolean writes() {
        return action == Action.REMOVED || after != null;
    }
}
