package dev.stratum.generate.kubernetes;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a manifest strictly into the Kubernetes API types of fabric8 kubernetes-model 8.0.0, which is generated
 * from the OpenAPI schema of Kubernetes {@value #KUBERNETES_VERSION}. The model classes keep unknown fields in an
 * {@code additionalProperties} map (a Jackson any-setter, which FAIL_ON_UNKNOWN_PROPERTIES never sees), so every
 * object of the result is walked and any such field is an error with its path; scalars are not coerced
 * ({@code containerPort: "8080"} is refused, as the API server refuses it).
 */
final class KubernetesTypes {
    static final String KUBERNETES_VERSION = "1.37.0";

    private static final Map<String, Class<? extends HasMetadata>> TYPES = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class);

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private KubernetesTypes() {
    }

    /** The typed resource; an {@link IllegalArgumentException} naming {@code source} and the field otherwise. */
    static HasMetadata read(Map<String, Object> manifest, String source) {
        String type = manifest.get("apiVersion") + "/" + manifest.get("kind");
        Class<? extends HasMetadata> cls = TYPES.get(type);
        if (cls == null) {
            throw new IllegalArgumentException(source + ": no API type " + type + " (known: " + TYPES.keySet() + ")");
        }
        HasMetadata resource;
        try {
            resource = MAPPER.convertValue(manifest, cls);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(source + ": not a valid " + type + ": " + e.getOriginalMessage()
                    + " at " + e.getPathReference(), e);
        }
        List<String> unknown = new ArrayList<>();
        collectUnknown(resource, type, unknown, 0);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(source + ": fields unknown to the " + type + " API type: " + unknown);
        }
        return resource;
    }

    private static void collectUnknown(Object value, String path, List<String> unknown, int depth) {
        if (value == null || depth > 40) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                collectUnknown(item, path + "[" + i++ + "]", unknown, depth + 1);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> collectUnknown(v, path + "." + k, unknown, depth + 1));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || getter.getDeclaringClass() == Object.class || !getter.getName().startsWith("get")) {
                continue;
            }
            Object child = invoke(getter, value);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(k -> unknown.add(path + "." + k));
                }
                continue;
            }
            String field = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
            collectUnknown(child, path + "." + field, unknown, depth + 1);
        }
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return null;
        }
    }
}
