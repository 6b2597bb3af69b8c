package dev.stratum.generate.update;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Everything an update, add or remove would do to a project, computed in memory before anything is written: the
 * template version and features before and after, and one {@link PlannedFile} per file that changes or needs the
 * user's attention. {@code record} is the new {@code .stratum/project.yaml} (null when there is nothing to do);
 * {@code executable} the output paths the template writes with execute permission.
 */
public record UpdatePlan(Path project, String templateId, String fromVersion, String toVersion,
                         List<String> fromFeatures, List<String> toFeatures, List<PlannedFile> files, byte[] record,
                         Set<String> executable) {
    public UpdatePlan {
        executable = Set.copyOf(executable);
        fromFeatures = List.copyOf(fromFeatures);
        toFeatures = List.copyOf(toFeatures);
        files = List.copyOf(files);
    }

    public boolean hasConflicts() {
        return files.stream().anyMatch(f -> f.action() == PlannedFile.Action.CONFLICTED);
    }

    public List<PlannedFile> files(PlannedFile.Action action) {
        return files.stream().filter(f -> f.action() == action).toList();
    }
}
