package dev.stratum.generate;

import dev.stratum.core.UsageException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A Maven dependency a feature contributes: {@code coords} is {@code groupId:artifactId[:version]}. */
public record DependencyDef(String coords, String scope) {
    public DependencyDef {
        if (coords == null || !coords.matches("[\\w.\\-]+:[\\w.\\-]+(:[\\w.\\-]+)?")) {
            throw new UsageException("invalid dependency coordinates '" + coords + "' (use groupId:artifactId[:version])");
        }
        scope = scope == null ? "" : scope;
    }

    String key() {
        String[] p = coords.split(":");
        return p[0] + ":" + p[1];
    }

    /** The shape templates see: groupId, artifactId, version, scope (empty strings when absent). */
    Map<String, Object> toModel() {
        String[] p = coords.split(":");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("groupId", p[0]);
        m.put("artifactId", p[1]);
        m.put("version", p.length > 2 ? p[2] : "");
        m.put("scope", scope);
        return m;
    }
}
