package dev.stratum.check;

import com.tngtech.archunit.core.domain.JavaClass;
import dev.stratum.config.CheckConfig;
import dev.stratum.config.Patterns;
import dev.stratum.finding.Report;
import dev.stratum.finding.Tool;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code stratum init}: infers a starting {@code check:} section from a project's compiled classes (base package,
 * layers from common package names, presets that fit) and evaluates it once, so today's findings can become the
 * baseline. Imports the classes once for both.
 */
public final class ProjectInit {
    /** Package names that mean a layer, in the order layers are written. */
    static final Map<String, Set<String>> LAYER_NAMES = layerNames();
    private static final List<String> FRAMEWORKS = List.of("java.", "javax.", "jakarta.", "org.springframework.",
            "lombok.", "kotlin.");

    private ProjectInit() {
    }

    /** The inferred config and the findings it has today. */
    public record Result(String basePackage, CheckConfig config, Report report) {
    }

    public static Result infer(List<Path> paths, String baselineName, Tool tool) {
        ImportedClasses classes = ClassImport.of(ClassInputs.resolve(paths, false));
        List<JavaClass> own = new ArrayList<>();
        classes.main().forEach(c -> {
            if (FRAMEWORKS.stream().noneMatch(f -> (c.getPackageName() + ".").startsWith(f))) {
                own.add(c);
            }
        });
        String base = commonPackage(own);
        Map<String, Patterns> layers = new LinkedHashMap<>();
        Set<String> segments = new TreeSet<>();
        own.forEach(c -> {
            String rest = c.getPackageName().length() > base.length() ? c.getPackageName().substring(base.length()) : "";
            for (String s : rest.split("\\.")) {
                if (!s.isEmpty()) {
                    segments.add(s);
                }
            }
        });
        String prefix = base.isEmpty() ? ".." : base + "..";
        LAYER_NAMES.forEach((layer, names) -> {
            List<String> patterns = names.stream().filter(segments::contains).map(n -> prefix + n + "..").toList();
            if (!patterns.isEmpty()) {
                layers.put(layer, new Patterns(patterns));
            }
        });
        Map<String, List<String>> access = new LinkedHashMap<>();
        if (layers.containsKey("web")) {
            access.put("web", List.of());
        }
        if (layers.containsKey("service")) {
            access.put("service", layers.containsKey("web") ? List.of("web") : List.of());
        }
        if (layers.containsKey("persistence")) {
            access.put("persistence", layers.containsKey("service") ? List.of("service")
                    : layers.containsKey("web") ? List.of("web") : List.of());
        }
        List<String> cycles = base.isEmpty() ? List.of() : List.of(base + ".(*)..");
        List<String> presets = new ArrayList<>();
        if (usesSpring(classes)) {
            presets.add("spring");
        }
        presets.add("security");
        CheckConfig config = new CheckConfig(layers, access, cycles, null, null, null, null, presets, null, null, null,
                null, null, null, baselineName);
        Report report = ArchCheck.evaluate(RuleSet.from(config, List.of()), classes, config, tool);
        return new Result(base, config, report);
    }

    private static boolean usesSpring(ImportedClasses classes) {
        for (JavaClass c : classes.main()) {
            if (c.getAnnotations().stream().anyMatch(a -> a.getRawType().getName().startsWith("org.springframework."))
                    || c.getDirectDependenciesFromSelf().stream()
                    .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("org.springframework"))) {
                return true;
            }
        }
        return false;
    }

    /** The longest package prefix shared by all classes (by whole segments). */
    static String commonPackage(List<JavaClass> classes) {
        String[] common = null;
        for (JavaClass c : classes) {
            String[] parts = c.getPackageName().isEmpty() ? new String[0] : c.getPackageName().split("\\.");
            if (common == null) {
                common = parts;
                continue;
            }
            int n = 0;
            while (n < common.length && n < parts.length && common[n].equals(parts[n])) {
                n++;
            }
            common = java.util.Arrays.copyOf(common, n);
        }
        return common == null ? "" : String.join(".", common);
    }

    private static Map<String, Set<String>> layerNames() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put("web", new java.util.LinkedHashSet<>(List.of("web", "controller", "controllers", "api", "rest")));
        m.put("service", new java.util.LinkedHashSet<>(List.of("service", "services", "application", "domain")));
        m.put("persistence", new java.util.LinkedHashSet<>(List.of("repository", "repositories", "persistence",
                "infrastructure", "adapter", "adapters", "dao")));
        return java.util.Collections.unmodifiableMap(m);
    }
}
