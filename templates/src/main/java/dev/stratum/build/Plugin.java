package dev.stratum.build;

import java.util.ArrayList;
import java.util.List;

/** A build plugin with its configuration and executions, and a comment written above it (empty for none). */
public record Plugin(Coordinates coordinates, String comment, Config.Group configuration, List<Execution> executions) {
    public Plugin {
        comment = comment == null ? "" : comment;
        configuration = configuration == null ? Config.Group.empty() : configuration;
        executions = executions == null ? List.of() : List.copyOf(executions);
    }

    public static Plugin of(String coords) {
        return new Plugin(Coordinates.parse(coords), "", null, null);
    }

    public String key() {
        return coordinates.key();
    }

    /**
     * The same plugin declared again (say by a feature adding an execution to a base plugin): the first version
     * and comment stay unless empty, configuration merges ({@link Config#merge}), executions merge by id.
     */
    public Plugin with(Plugin later) {
        Coordinates coords = coordinates.version().isEmpty() ? later.coordinates : coordinates;
        List<Execution> merged = new ArrayList<>(executions);
        for (Execution e : later.executions) {
            int at = indexOf(merged, e.id());
            if (at < 0) {
                merged.add(e);
            } else {
                merged.set(at, merged.get(at).with(e));
            }
        }
        return new Plugin(coords, comment.isEmpty() ? later.comment : comment, configuration.with(later.configuration), merged);
    }

    private static int indexOf(List<Execution> executions, String id) {
        for (int i = 0; i < executions.size(); i++) {
            if (executions.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
