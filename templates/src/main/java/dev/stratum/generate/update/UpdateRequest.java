package dev.stratum.generate.update;

import java.util.List;

/**
 * What to change: the template version ({@link #upgrade}) or the feature set ({@link #features}). {@code version}
 * null means the newest this Stratum has; {@code templateDirectory} null means the recorded one.
 */
public record UpdateRequest(String version, String templateDirectory, List<String> add, List<String> remove) {
    public UpdateRequest {
        add = add == null ? List.of() : List.copyOf(add);
        remove = remove == null ? List.of() : List.copyOf(remove);
    }

    public static UpdateRequest upgrade(String version, String templateDirectory) {
        return new UpdateRequest(version, templateDirectory, List.of(), List.of());
    }

    public static UpdateRequest features(List<String> add, List<String> remove) {
        return new UpdateRequest(null, null, add, remove);
    }

    boolean changesFeatures() {
        return !add.isEmpty() || !remove.isEmpty();
    }
}
