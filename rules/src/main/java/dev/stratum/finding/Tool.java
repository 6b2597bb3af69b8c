package dev.stratum.finding;

import java.util.Objects;

/** The tool that produced a report, as shown in JSON and SARIF output. */
public record Tool(String name, String version) {
    public Tool {
        Objects.requireNonNull(name, "name");
        version = version == null ? "unknown" : version;
    }
}
