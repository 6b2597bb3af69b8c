package dev.stratum.generate;

import dev.stratum.build.Coordinates;
import dev.stratum.build.Plugin;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A build plugin: {@code coords}, an optional {@code comment} above it, {@code configuration} (YAML mapping as XML,
 * see {@link ConfigDef}) and {@code executions}. Declared again by another feature, it is merged into the first.
 */
public record PluginDef(String coords, String comment, LinkedHashMap<String, Object> configuration,
                        List<ExecutionDef> executions) {
    public PluginDef {
        Coordinates.parse(coords);
        comment = comment == null ? "" : comment;
        executions = executions == null ? List.of() : List.copyOf(executions);
        ConfigDef.group(configuration, "configuration", BuildTexts.LITERAL);
    }

    Plugin toPlugin(BuildTexts texts) {
        String origin = "plugin " + coords;
        return new Plugin(Coordinates.parse(coords), texts.render("comment of " + origin, comment),
                ConfigDef.group(configuration, origin + " configuration", texts),
                executions.stream().map(e -> e.toExecution(origin + " execution " + e.id(), texts)).toList());
    }
}
