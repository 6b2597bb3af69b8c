package dev.stratum.generate.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.generate.Generator;
import dev.stratum.generate.ProjectSpec;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built-in template's deploy/ manifests: each one is a valid object of the Kubernetes API (strict, see
 * {@link KubernetesTypes}), the production overlay renders as kustomize would ({@link Kustomize}), and what the
 * manifests say about the service agrees with its application.properties: every environment variable it reads is
 * set from the ConfigMap or the Secret (and nothing else is), ports, probe paths, the metrics endpoint and the
 * shutdown timing. For the default feature set and the cache-redis one.
 */
class SpringServiceDeployTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");

    /** Generated once per variant for the whole class: the tests only read them. */
    @TempDir
    static Path projects;

    private static final Map<String, Path> GENERATED = new ConcurrentHashMap<>();

    @TempDir
    Path tmp;

    private static Path generate(String variant) {
        return GENERATED.computeIfAbsent(variant, v -> {
            List<String> features = v.equals("redis") ? List.of("-cache-caffeine", "+cache-redis") : null;
            Path out = projects.resolve(v).resolve("demo");
            new Generator("9.9.9").generate(new ProjectSpec("demo", null, null, 17, features, Map.of(), null), out, false, false);
            return out;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "redis"})
    void everyBaseManifestIsAValidKubernetesObject(String variant) throws IOException {
        Path base = generate(variant).resolve("deploy/base");
        List<String> kinds = Kustomize.kustomization(base).resources().stream()
                .map(f -> KubernetesTypes.read(Kustomize.manifest(base.resolve(f)), f).getKind()).toList();
        assertThat(kinds).containsExactlyInAnyOrder("ConfigMap", "Deployment", "Service", "HorizontalPodAutoscaler",
                "PodDisruptionBudget");
        try (Stream<Path> files = Files.list(base)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("kustomization.yaml")))
                    .as("every manifest in deploy/base is listed in its kustomization")
                    .containsExactlyInAnyOrderElementsOf(Kustomize.kustomization(base).resources());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "redis"})
    void baseAndProductionOverlayAgreeWithApplicationProperties(String variant) throws IOException {
        Path project = generate(variant);
        Properties app = properties(project);
        for (String dir : List.of("deploy/base", "deploy/overlays/production")) {
            Rendered r = render(project.resolve(dir));
            checkEnvironment(r, app, dir);
            checkPortsProbesAndMetrics(r, app, dir);
            checkShutdownAndHardening(r, app, dir);
        }

        Rendered prod = render(project.resolve("deploy/overlays/production"));
        assertThat(prod.all()).allSatisfy(res -> assertThat(res.getMetadata().getNamespace()).isEqualTo("demo"));
        assertThat(prod.container().getImage()).isEqualTo("registry.example.com/demo:0.1.0");
        assertThat(prod.container().getResources().getLimits().get("memory")).isEqualTo(new Quantity("1Gi"));
        assertThat(prod.hpa().getSpec().getMinReplicas()).isEqualTo(3);
        assertThat(prod.pod().getTopologySpreadConstraints()).hasSize(1);
        // The patch kept the base container's other fields (merged by name, not replaced).
        assertThat(prod.container().getReadinessProbe()).isNotNull();
        assertThat(prod.container().getEnv()).isNotEmpty();
    }

    private void checkEnvironment(Rendered r, Properties app, String where) {
        Map<String, String> defaults = new TreeMap<>();
        for (String key : app.stringPropertyNames()) {
            readPlaceholders(app.getProperty(key), defaults);
        }
        assertThat(defaults).as("application.properties reads environment variables").isNotEmpty();
        Map<String, EnvVar> env = r.container().getEnv().stream()
                .collect(Collectors.toMap(EnvVar::getName, e -> e, (a, b) -> a, TreeMap::new));
        assertThat(env.keySet()).as("%s: env of the container = variables application.properties reads", where)
                .containsExactlyInAnyOrderElementsOf(defaults.keySet());
        Set<String> fromConfigMap = new TreeSet<>();
        for (EnvVar e : env.values()) {
            assertThat(e.getValue()).as("%s: %s comes from a ConfigMap or Secret, not a literal", where, e.getName()).isNull();
            var from = e.getValueFrom();
            if (from.getSecretKeyRef() != null) {
                assertThat(from.getSecretKeyRef().getName()).isEqualTo("demo-secrets");
                assertThat(from.getSecretKeyRef().getKey()).isEqualTo(e.getName());
                assertThat(e.getName()).matches(".*(PASSWORD|SECRET|TOKEN|API_KEY|CREDENTIALS)");
            } else {
                assertThat(from.getConfigMapKeyRef().getName()).isEqualTo(r.configMap().getMetadata().getName());
                assertThat(from.getConfigMapKeyRef().getKey()).isEqualTo(e.getName());
                fromConfigMap.add(e.getName());
            }
        }
        assertThat(r.configMap().getData().keySet()).as("%s: ConfigMap keys = non-secret variables", where)
                .containsExactlyInAnyOrderElementsOf(fromConfigMap);
        if (where.endsWith("base")) {
            fromConfigMap.forEach(name -> assertThat(r.configMap().getData().get(name))
                    .as("base ConfigMap %s = the default in application.properties", name)
                    .isEqualTo(defaults.get(name) == null ? "" : defaults.get(name)));
        }
    }

    private void checkPortsProbesAndMetrics(Rendered r, Properties app, String where) {
        int http = Integer.parseInt(defaultOf(app, "server.port"));
        String managementPort = app.getProperty("management.server.port");
        int management = managementPort == null ? http : Integer.parseInt(defaultOf(app, "management.server.port"));
        String managementName = management == http ? "http" : "management";
        Map<String, Integer> ports = r.container().getPorts().stream()
                .collect(Collectors.toMap(ContainerPort::getName, ContainerPort::getContainerPort));
        assertThat(ports).as("%s: container ports", where).containsEntry("http", http);
        if (management != http) {
            assertThat(ports).containsEntry("management", management);
        }
        assertThat(r.configMap().getData()).containsEntry(envOf(app, "server.port"), String.valueOf(http));

        String actuator = app.getProperty("management.endpoints.web.base-path", "/actuator");
        assertThat(app.getProperty("management.endpoint.health.probes.enabled")).isEqualTo("true");
        assertThat(app.getProperty("management.endpoints.web.exposure.include")).contains("health", "prometheus");
        Container c = r.container();
        assertProbe(c.getStartupProbe(), actuator + "/health/liveness", managementName);
        assertProbe(c.getLivenessProbe(), actuator + "/health/liveness", managementName);
        assertProbe(c.getReadinessProbe(), actuator + "/health/readiness", managementName);

        Map<String, String> annotations = r.deployment().getSpec().getTemplate().getMetadata().getAnnotations();
        assertThat(annotations).containsEntry("prometheus.io/scrape", "true")
                .containsEntry("prometheus.io/port", String.valueOf(management))
                .containsEntry("prometheus.io/path", actuator + "/prometheus");

        Service service = r.service();
        assertThat(service.getSpec().getPorts()).as("%s: the Service exposes the API port only", where).hasSize(1);
        assertThat(service.getSpec().getPorts().get(0).getTargetPort().getStrVal()).isEqualTo("http");
        assertThat(service.getSpec().getSelector()).isEqualTo(r.deployment().getSpec().getTemplate().getMetadata().getLabels());
    }

    private static void assertProbe(Probe probe, String path, String port) {
        assertThat(probe).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo(port);
    }

    private void checkShutdownAndHardening(Rendered r, Properties app, String where) {
        assertThat(app.getProperty("server.shutdown")).isEqualTo("graceful");
        long phase = seconds(app.getProperty("spring.lifecycle.timeout-per-shutdown-phase", "30s"));
        long preStop = r.container().getLifecycle().getPreStop().getSleep().getSeconds();
        assertThat(r.pod().getTerminationGracePeriodSeconds()).as("%s: grace period covers preStop + shutdown phase", where)
                .isGreaterThan(preStop + phase);

        PodSpec pod = r.pod();
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        var sc = r.container().getSecurityContext();
        assertThat(sc.getReadOnlyRootFilesystem()).isTrue();
        assertThat(sc.getAllowPrivilegeEscalation()).isFalse();
        assertThat(sc.getCapabilities().getDrop()).containsExactly("ALL");
        assertThat(r.container().getVolumeMounts()).anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/tmp"));
        assertThat(pod.getVolumes()).anySatisfy(v -> assertThat(v.getEmptyDir()).isNotNull());
        assertThat(r.container().getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(r.container().getResources().getLimits()).containsKey("memory");

        HorizontalPodAutoscaler hpa = r.hpa();
        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(r.deployment().getMetadata().getName());
        assertThat(r.deployment().getSpec().getReplicas()).as("the HPA owns the replica count").isNull();
        PodDisruptionBudget pdb = r.pdb();
        assertThat(pdb.getSpec().getSelector().getMatchLabels())
                .isEqualTo(r.deployment().getSpec().getSelector().getMatchLabels());
        assertThat(pdb.getSpec().getMinAvailable().getIntVal()).isLessThan(hpa.getSpec().getMinReplicas());
    }

    @Test
    void aMisspeltFieldAWrongTypeAndAnUnknownKindAreRejected() {
        Map<String, Object> port = new LinkedHashMap<>(Map.of("name", "http", "contianerPort", 8080));
        assertThatThrownBy(() -> KubernetesTypes.read(deployment(port), "typo.yaml"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contianerPort");
        assertThatThrownBy(() -> KubernetesTypes.read(deployment(Map.of("name", "http", "containerPort", "8080")), "type.yaml"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("type.yaml");
        assertThatThrownBy(() -> KubernetesTypes.read(Map.of("apiVersion", "apps/v1beta1", "kind", "Deployment"), "old.yaml"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no API type apps/v1beta1/Deployment");
        assertThat(KubernetesTypes.read(deployment(Map.of("name", "http", "containerPort", 8080)), "ok.yaml"))
                .isInstanceOf(Deployment.class);
    }

    private static Map<String, Object> deployment(Map<String, Object> port) {
        Map<String, Object> container = Map.of("name", "app", "image", "app:1", "ports", List.of(port));
        return Map.of("apiVersion", "apps/v1", "kind", "Deployment", "metadata", Map.of("name", "app"),
                "spec", Map.of("selector", Map.of("matchLabels", Map.of("app", "a")),
                        "template", Map.of("spec", Map.of("containers", List.of(container)))));
    }

    @Test
    void aKustomizationKeyTheEmulationDoesNotImplementIsRefused() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("k"));
        Files.writeString(dir.resolve("kustomization.yaml"), "apiVersion: kustomize.config.k8s.io/v1beta1\n"
                + "kind: Kustomization\nresources: []\ncommonLabels:\n  team: a\n");
        assertThatThrownBy(() -> Kustomize.build(dir)).hasMessageContaining("commonLabels");
    }

    @Test
    void strategicMergeMergesListsByTheirKeyReplacesOthersAndDeletesOnNull() {
        Map<String, Object> base = Map.of("spec", Map.of("template", Map.of("spec", Map.of(
                "containers", List.of(Map.of("name", "a", "image", "a:1", "args", List.of("x")),
                        Map.of("name", "b", "image", "b:1")),
                "tolerations", List.of(Map.of("key", "k1")),
                "dnsPolicy", "ClusterFirst"))));
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("containers", List.of(Map.of("name", "b", "image", "b:2", "args", List.of("y")), Map.of("name", "c", "image", "c:1")));
        spec.put("tolerations", List.of(Map.of("key", "k2")));
        spec.put("dnsPolicy", null);
        Map<String, Object> patch = Map.of("spec", Map.of("template", Map.of("spec", spec)));

        Map<String, Object> merged = StrategicMergePatch.apply(base, patch);
        @SuppressWarnings("unchecked")
        Map<String, Object> pod = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) merged.get("spec"))
                .get("template")).get("spec");
        assertThat(pod.get("containers")).isEqualTo(List.of(Map.of("name", "a", "image", "a:1", "args", List.of("x")),
                Map.of("name", "b", "image", "b:2", "args", List.of("y")), Map.of("name", "c", "image", "c:1")));
        assertThat(pod.get("tolerations")).isEqualTo(List.of(Map.of("key", "k2")));
        assertThat(pod).doesNotContainKey("dnsPolicy");
    }

    private record Rendered(List<HasMetadata> all) {
        <T> T one(Class<T> type) {
            List<T> found = all.stream().filter(type::isInstance).map(type::cast).toList();
            assertThat(found).as("one %s", type.getSimpleName()).hasSize(1);
            return found.get(0);
        }

        Deployment deployment() {
            return one(Deployment.class);
        }

        PodSpec pod() {
            return deployment().getSpec().getTemplate().getSpec();
        }

        Container container() {
            assertThat(pod().getContainers()).hasSize(1);
            return pod().getContainers().get(0);
        }

        ConfigMap configMap() {
            return one(ConfigMap.class);
        }

        Service service() {
            return one(Service.class);
        }

        HorizontalPodAutoscaler hpa() {
            return one(HorizontalPodAutoscaler.class);
        }

        PodDisruptionBudget pdb() {
            return one(PodDisruptionBudget.class);
        }
    }

    private static Rendered render(Path kustomizationDir) {
        List<Map<String, Object>> resources = Kustomize.build(kustomizationDir);
        return new Rendered(resources.stream().map(r -> KubernetesTypes.read(r, kustomizationDir + " output")).toList());
    }

    private static Properties properties(Path project) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(project.resolve("src/main/resources/application.properties"))) {
            p.load(in);
        }
        return p;
    }

    /**
     * Every {@code ${NAME}} / {@code ${NAME:default}} in a value into {@code defaults}, also those nested in a
     * default ({@code ${DB_URL:...?sslmode=${DB_SSL_MODE:prefer}}}), whose default stays whole as Spring reads it.
     */
    private static void readPlaceholders(String value, Map<String, String> defaults) {
        int start = value.indexOf("${");
        while (start >= 0) {
            int end = -1;
            int depth = 0;
            for (int i = start + 2; i < value.length() && end < 0; i++) {
                if (value.startsWith("${", i)) {
                    depth++;
                    i++;
                } else if (value.charAt(i) == '}' && depth-- == 0) {
                    end = i;
                }
            }
            if (end < 0) {
                return;
            }
            String body = value.substring(start + 2, end);
            int colon = body.indexOf(':');
            String name = colon < 0 ? body : body.substring(0, colon);
            if (name.matches("[A-Z][A-Z0-9_]*")) {
                defaults.putIfAbsent(name, colon < 0 ? null : body.substring(colon + 1));
            }
            if (colon >= 0) {
                readPlaceholders(body.substring(colon + 1), defaults);
            }
            start = value.indexOf("${", end + 1);
        }
    }

    private static String defaultOf(Properties app, String key) {
        String value = app.getProperty(key);
        assertThat(value).as(key).isNotNull();
        Matcher m = PLACEHOLDER.matcher(value);
        return m.matches() ? m.group(2) : value;
    }

    private static String envOf(Properties app, String key) {
        Matcher m = PLACEHOLDER.matcher(app.getProperty(key));
        assertThat(m.matches()).as("%s is set from an environment variable", key).isTrue();
        return m.group(1);
    }

    private static long seconds(String duration) {
        try {
            return Duration.parse("PT" + duration.toUpperCase()).toSeconds();
        } catch (DateTimeParseException e) {
            throw new AssertionError("not a simple duration: " + duration, e);
        }
    }
}
