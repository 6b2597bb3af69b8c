package dev.stratum.audit.model;

import java.util.List;
import java.util.Map;

/** How a JPA entity maps to its table: table name, persistent field to column, identifier fields. */
public record EntityMapping(String table, Map<String, String> columns, List<String> ids) {
    public EntityMapping {
        columns = Map.copyOf(columns);
        ids = List.copyOf(ids);
    }
}
