package dev.stratum.generate;

import dev.stratum.build.Execution;
import dev.stratum.core.UsageException;
import java.util.LinkedHashMap;
import java.util.List;

/** A plugin execution: {@code id} (executions of one plugin merge by it), optional phase, goals, configuration. */
public record ExecutionDef(String id, String phase, List<String> goals, LinkedHashMap<String, Object> configuration) {
    public ExecutionDef {
        if (id == null || id.isBlank()) {
            throw new UsageException("every execution needs an 'id'");
        }
        goals = goals == null ? List.of() : List.copyOf(goals);
        toExecution("execution " + id, BuildTexts.LITERAL);
    }

    Execution toExecution(String origin, BuildTexts texts) {
        return new Execution(id, phase, goals, ConfigDef.group(configuration, origin + " configuration", texts));
    }
}
