package dev.stratum.generate.kubernetes;

import dev.stratum.core.SafeYaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code kustomize build} for the kustomization features the generated deploy/ uses, applied in kustomize's order:
 * {@code resources} (files, or directories with their own kustomization), {@code patches} (strategic merge, the
 * target found by apiVersion, kind and name), {@code namespace}, {@code images}. A kustomization with any other key
 * is refused (the record has no field for it), so a template that starts using one fails here instead of being
 * rendered differently from kustomize.
 */
final class Kustomize {
    record Kustomization(String apiVersion, String kind, String namespace, List<String> resources, List<Image> images,
                         List<Patch> patches) {
        Kustomization {
            resources = resources == null ? List.of() : resources;
            images = images == null ? List.of() : images;
            patches = patches == null ? List.of() : patches;
        }
    }

    record Image(String name, String newName, String newTag) {
    }

    record Patch(String path) {
    }

    /** Kinds that belong to no namespace; the generated manifests use none of them. */
    private static final List<String> CLUSTER_SCOPED = List.of("Namespace", "ClusterRole", "ClusterRoleBinding");

    private Kustomize() {
    }

    static Kustomization kustomization(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        Kustomization k = SafeYaml.read(file, Kustomization.class);
        if (!"kustomize.config.k8s.io/v1beta1".equals(k.apiVersion()) || !"Kustomization".equals(k.kind())) {
            throw new IllegalArgumentException(file + ": apiVersion/kind must be kustomize.config.k8s.io/v1beta1 Kustomization");
        }
        return k;
    }

    /** The resources {@code dir}'s kustomization produces, in order. */
    static List<Map<String, Object>> build(Path dir) {
        Kustomization k = kustomization(dir);
        List<Map<String, Object>> resources = new ArrayList<>();
        for (String entry : k.resources()) {
            Path p = dir.resolve(entry).normalize();
            if (Files.isDirectory(p)) {
                resources.addAll(build(p));
            } else {
                resources.add(manifest(p));
            }
        }
        for (Patch patch : k.patches()) {
            Map<String, Object> body = manifest(dir.resolve(patch.path()));
            int target = indexOf(resources, body);
            if (target < 0) {
                throw new IllegalArgumentException(dir.resolve(patch.path()) + ": the patch matches no resource");
            }
            resources.set(target, StrategicMergePatch.apply(resources.get(target), body));
        }
        if (k.namespace() != null) {
            resources.replaceAll(r -> CLUSTER_SCOPED.contains(r.get("kind")) ? r : withNamespace(r, k.namespace()));
        }
        for (Image image : k.images()) {
            resources.replaceAll(r -> withImage(r, image));
        }
        return resources;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> manifest(Path file) {
        try {
            return SafeYaml.read(Files.readString(file), file.toString(), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static int indexOf(List<Map<String, Object>> resources, Map<String, Object> patch) {
        Object name = ((Map<String, Object>) patch.get("metadata")).get("name");
        for (int i = 0; i < resources.size(); i++) {
            Map<String, Object> r = resources.get(i);
            if (Objects.equals(r.get("apiVersion"), patch.get("apiVersion")) && Objects.equals(r.get("kind"), patch.get("kind"))
                    && Objects.equals(((Map<String, Object>) r.get("metadata")).get("name"), name)) {
                return i;
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withNamespace(Map<String, Object> resource, String namespace) {
        Map<String, Object> out = new LinkedHashMap<>(resource);
        Map<String, Object> metadata = new LinkedHashMap<>((Map<String, Object>) resource.get("metadata"));
        metadata.put("namespace", namespace);
        out.put("metadata", metadata);
        return out;
    }

    /** kustomize's image transformer: every container whose image name (before ':' or '@') is {@code image.name}. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withImage(Map<String, Object> resource, Image image) {
        if (!(resource.get("spec") instanceof Map<?, ?> spec) || !(spec.get("template") instanceof Map<?, ?> template)
                || !(template.get("spec") instanceof Map<?, ?> podSpec)) {
            return resource;
        }
        List<Object> containers = new ArrayList<>();
        for (Object c : (List<Object>) podSpec.get("containers")) {
            Map<String, Object> container = new LinkedHashMap<>((Map<String, Object>) c);
            String ref = String.valueOf(container.get("image"));
            String name = ref.split("[:@]", 2)[0];
            if (name.equals(image.name())) {
                String tag = ref.contains(":") ? ref.substring(ref.indexOf(':') + 1) : null;
                container.put("image", (image.newName() == null ? name : image.newName())
                        + (image.newTag() != null ? ":" + image.newTag() : tag != null ? ":" + tag : ""));
            }
            containers.add(container);
        }
        Map<String, Object> newPodSpec = new LinkedHashMap<>((Map<String, Object>) podSpec);
        newPodSpec.put("containers", containers);
        Map<String, Object> newTemplate = new LinkedHashMap<>((Map<String, Object>) template);
        newTemplate.put("spec", newPodSpec);
        Map<String, Object> newSpec = new LinkedHashMap<>((Map<String, Object>) spec);
        newSpec.put("template", newTemplate);
        Map<String, Object> out = new LinkedHashMap<>(resource);
        out.put("spec", newSpec);
        return out;
    }
}
