package dev.stratum.generate.kubernetes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Kubernetes' strategic merge patch for the fields the generated manifests use, as {@code kubectl}/kustomize apply
 * it: maps merge recursively, a {@code null} deletes the key, a list whose field has {@code patchStrategy: merge}
 * in the API (the table below, from the Kubernetes 1.37 types) merges its items by the merge key, and every other
 * list is replaced. {@code $patch}/{@code $setElementOrder} directives are refused rather than ignored.
 */
final class StrategicMergePatch {
    /** Field path (list items as {@code []}) to the merge key of its items. */
    private static final Map<String, String> MERGE_KEYS = Map.ofEntries(
            Map.entry("spec.template.spec.containers", "name"),
            Map.entry("spec.template.spec.initContainers", "name"),
            Map.entry("spec.template.spec.containers[].env", "name"),
            Map.entry("spec.template.spec.containers[].ports", "containerPort"),
            Map.entry("spec.template.spec.containers[].volumeMounts", "mountPath"),
            Map.entry("spec.template.spec.volumes", "name"),
            Map.entry("spec.template.spec.imagePullSecrets", "name"),
            Map.entry("spec.template.spec.topologySpreadConstraints", "topologyKey"),
            Map.entry("spec.ports", "port")); // Service

    private StrategicMergePatch() {
    }

    static Map<String, Object> apply(Map<String, Object> target, Map<String, Object> patch) {
        return mergeMaps(target, patch, "");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mergeMaps(Map<String, Object> target, Map<String, Object> patch, String path) {
        Map<String, Object> out = new LinkedHashMap<>(target);
        patch.forEach((key, value) -> {
            if (key.startsWith("$")) {
                throw new IllegalArgumentException("patch directive " + key + " at " + path + " is not supported here");
            }
            String child = path.isEmpty() ? key : path + "." + key;
            Object current = out.get(key);
            if (value == null) {
                out.remove(key);
            } else if (value instanceof Map<?, ?> m && current instanceof Map<?, ?> c) {
                out.put(key, mergeMaps((Map<String, Object>) c, (Map<String, Object>) m, child));
            } else if (value instanceof List<?> l && current instanceof List<?> c && MERGE_KEYS.containsKey(child)) {
                out.put(key, mergeLists((List<Object>) c, (List<Object>) l, MERGE_KEYS.get(child), child + "[]"));
            } else {
                out.put(key, value);
            }
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> mergeLists(List<Object> target, List<Object> patch, String mergeKey, String path) {
        List<Object> out = new ArrayList<>(target);
        for (Object item : patch) {
            if (!(item instanceof Map<?, ?> patchItem) || !patchItem.containsKey(mergeKey)) {
                throw new IllegalArgumentException("item of " + path + " without its merge key '" + mergeKey + "'");
            }
            int match = -1;
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i) instanceof Map<?, ?> existing && String.valueOf(existing.get(mergeKey))
                        .equals(String.valueOf(patchItem.get(mergeKey)))) {
                    match = i;
                }
            }
            if (match < 0) {
                out.add(item);
            } else {
                out.set(match, mergeMaps((Map<String, Object>) out.get(match), (Map<String, Object>) patchItem, path));
            }
        }
        return out;
    }
}
