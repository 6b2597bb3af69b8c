package dev.stratum.build;

import java.util.ArrayList;
import java.util.List;

/** A plugin execution; {@code phase} is empty when the goal's default phase applies. */
public record Execution(String id, String phase, List<String> goals, Config.Group configuration) {
    public Execution {
        phase = phase == null ? "" : phase;
        goals = goals == null ? List.of() : List.copyOf(goals);
        configuration = configuration == null ? Config.Group.empty() : configuration;
    }

    /** The same execution declared again: goals added, a later phase wins, configuration merged. */
    Execution with(Execution later) {
        List<String> allGoals = new ArrayList<>(goals);
        later.goals.stream().filter(g -> !allGoals.contains(g)).forEach(allGoals::add);
        return new Execution(id, later.phase.isEmpty() ? phase : later.phase, allGoals, configuration.with(later.configuration));
    }
}
