package dev.stratum.check;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.elements.ClassesShouldConjunction;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import com.tngtech.archunit.library.Architectures.OnionArchitecture;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import dev.stratum.config.CheckConfig;
import dev.stratum.config.Patterns;
import dev.stratum.core.UsageException;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Maps the rules written in stratum.yaml ({@code layers}/{@code access}, onion, cycles, forbid, naming, annotations). */
final class ConfigRules {
    static final RuleMeta LAYERS = new RuleMeta("layers", "architecture", Severity.HIGH,
            "Layers are only accessed by the layers allowed in check.access",
            "A layer used from everywhere cannot change without breaking its callers; allowed directions keep changes local.",
            "Go through the layer in between (e.g. web -> service -> persistence), or allow the access in check.access if it is intended.",
            "web.OrderController calls persistence.OrderRepository directly",
            "web.OrderController calls service.OrderService, which calls the repository");
    static final RuleMeta ONION = new RuleMeta("onion", "architecture", Severity.HIGH,
            "Onion architecture: dependencies point inwards to the domain",
            "The domain must not know adapters or the application layer, and adapters must not know each other, so each can be replaced.",
            "Depend on a port (interface) in the domain or application ring and implement it in the adapter.",
            "domain.model.Order imports adapter.persistence.OrderJpaEntity",
            "adapter.persistence.JpaOrders implements domain.service.Orders (a port)");
    static final RuleMeta CYCLES = new RuleMeta("cycles", "architecture", Severity.HIGH,
            "Slices are free of dependency cycles",
            "Packages in a cycle can only be understood, tested and released together.",
            "Break the cycle: move the shared type into a package both may use, or invert one dependency with an interface.",
            "order -> customer -> order", "order -> customer, and customer does not know order");

    private ConfigRules() {
    }

    static List<CheckRule> from(CheckConfig config) {
        List<CheckRule> rules = new ArrayList<>();
        if (!config.layers().isEmpty() || !config.access().isEmpty()) {
            rules.add(CheckRule.of(LAYERS, layers(config)));
        }
        if (config.onion() != null) {
            rules.add(CheckRule.of(ONION, onion(config.onion())));
        }
        for (int i = 0; i < config.cycles().size(); i++) {
            String pattern = PackagePatterns.checkSlices("check.cycles[" + i + "]", config.cycles().get(i));
            rules.add(CheckRule.of(CYCLES, slices().assignedFrom(slicesMatching(pattern)).should().beFreeOfCycles()));
        }
        for (int i = 0; i < config.forbid().size(); i++) {
            rules.add(forbid("check.forbid[" + i + "]", config.forbid().get(i)));
        }
        for (int i = 0; i < config.naming().size(); i++) {
            rules.add(naming("check.naming[" + i + "]", config.naming().get(i)));
        }
        for (int i = 0; i < config.annotations().size(); i++) {
            rules.add(annotated("check.annotations[" + i + "]", config.annotations().get(i)));
        }
        unique(config);
        return rules;
    }

    /** ArchUnit's {@code slices().matching(pattern)}, with slices assigned by the linear-time matcher. */
    private static SliceAssignment slicesMatching(String pattern) {
        PackagePattern matcher = PackagePattern.of(pattern);
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                List<String> groups = matcher.groups(javaClass.getPackageName()).orElse(List.of());
                return groups.isEmpty() ? SliceIdentifier.ignore() : SliceIdentifier.of(groups);
            }

            @Override
            public String getDescription() {
                return "slices matching '" + pattern + "'";
            }
        };
    }

    private static ArchRule layers(CheckConfig config) {
        if (config.layers().isEmpty()) {
            throw new UsageException("check.access: needs check.layers to define the layers it names");
        }
        LayeredArchitecture arch = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true);
        for (Map.Entry<String, Patterns> layer : config.layers().entrySet()) {
            arch = arch.layer(layer.getKey()).definedBy(PackagePatterns.resideIn("check.layers." + layer.getKey(), layer.getValue()));
        }
        for (Map.Entry<String, List<String>> access : config.access().entrySet()) {
            String key = "check.access." + access.getKey();
            known(key, access.getKey(), config);
            List<String> from = access.getValue() == null ? List.of() : access.getValue();
            from.forEach(l -> known(key, l, config));
            arch = from.isEmpty()
                    ? arch.whereLayer(access.getKey()).mayNotBeAccessedByAnyLayer()
                    : arch.whereLayer(access.getKey()).mayOnlyBeAccessedByLayers(from.toArray(String[]::new));
        }
        return arch;
    }

    private static void known(String key, String layer, CheckConfig config) {
        if (!config.layers().containsKey(layer)) {
            throw new UsageException(key + ": unknown layer '" + layer + "' (defined: "
                    + String.join(", ", config.layers().keySet()) + ")");
        }
    }

    private static ArchRule onion(CheckConfig.Onion onion) {
        OnionArchitecture arch = onionArchitecture().withOptionalLayers(true);
        if (onion.domainModels() != null) {
            arch = arch.domainModels(PackagePatterns.resideIn("check.onion.domainModels", onion.domainModels()));
        }
        if (onion.domainServices() != null) {
            arch = arch.domainServices(PackagePatterns.resideIn("check.onion.domainServices", onion.domainServices()));
        }
        if (onion.application() != null) {
            arch = arch.applicationServices(PackagePatterns.resideIn("check.onion.application", onion.application()));
        }
        for (Map.Entry<String, Patterns> adapter : onion.adapters().entrySet()) {
            arch = arch.adapter(adapter.getKey(), PackagePatterns.resideIn("check.onion.adapters." + adapter.getKey(), adapter.getValue()));
        }
        return arch;
    }

    private static CheckRule forbid(String key, CheckConfig.Forbid f) {
        String id = id(key, f.id());
        DescribedPredicate<JavaClass> from = PackagePatterns.resideIn(key + ".from", f.from());
        DescribedPredicate<JavaClass> to = PackagePatterns.resideIn(key + ".to", f.to());
        ArchRule rule = noClasses().that(from).should().dependOnClassesThat(to);
        RuleMeta meta = new RuleMeta(id, "architecture", severity(key, f.severity()),
                "Classes in " + f.from() + " do not depend on " + f.to(), f.because(),
                "Remove the dependency on " + f.to() + (f.because() == null ? "" : " (" + f.because() + ")"), "", "");
        return CheckRule.of(meta, f.because() == null ? rule : rule.because(f.because()));
    }

    private static CheckRule naming(String key, CheckConfig.Naming n) {
        String id = id(key, n.id());
        DescribedPredicate<JavaClass> in = PackagePatterns.resideIn(key + ".in", n.in());
        if (blank(n.suffix()) && blank(n.prefix())) {
            throw new UsageException(key + ": needs 'suffix' or 'prefix'");
        }
        ClassesShouldConjunction rule;
        String title;
        if (!blank(n.suffix()) && !blank(n.prefix())) {
            rule = classes().that(in).and().areTopLevelClasses()
                    .should().haveSimpleNameEndingWith(n.suffix()).andShould().haveSimpleNameStartingWith(n.prefix());
            title = "Classes in " + n.in() + " are named " + n.prefix() + "*" + n.suffix();
        } else if (!blank(n.suffix())) {
            rule = classes().that(in).and().areTopLevelClasses().should().haveSimpleNameEndingWith(n.suffix());
            title = "Classes in " + n.in() + " end with " + n.suffix();
        } else {
            rule = classes().that(in).and().areTopLevelClasses().should().haveSimpleNameStartingWith(n.prefix());
            title = "Classes in " + n.in() + " start with " + n.prefix();
        }
        RuleMeta meta = new RuleMeta(id, "naming", severity(key, n.severity()), title,
                n.because() == null ? "A naming convention tells readers what a class is before they open it." : n.because(),
                "Rename the class, or move it to the package where it belongs.", "", "");
        return CheckRule.of(meta, n.because() == null ? rule : rule.because(n.because()));
    }

    private static CheckRule annotated(String key, CheckConfig.Annotated a) {
        String id = id(key, a.id());
        String annotation = PackagePatterns.checkClassName(key + ".annotation", a.annotation());
        DescribedPredicate<JavaClass> in = PackagePatterns.resideIn(key + ".resideIn", a.resideIn());
        // ArchUnit's should().resideInAnyPackage(..) condition, with the same event text, over the linear matcher
        ArchRule rule = classes().that().areAnnotatedWith(annotation).should(ArchCondition.from(in)
                .describeEventsBy((predicate, satisfied) -> (satisfied ? "does " : "does not ") + predicate));
        RuleMeta meta = new RuleMeta(id, "architecture", severity(key, a.severity()),
                "Classes annotated @" + annotation.substring(annotation.lastIndexOf('.') + 1) + " reside in " + a.resideIn(),
                a.because() == null ? "Annotated roles (controllers, entities, ...) live where readers expect them." : a.because(),
                "Move the class into " + a.resideIn() + ".", "", "");
        return CheckRule.of(meta, a.because() == null ? rule : rule.because(a.because()));
    }

    /** Two rules with one id would share suppressions, severity overrides and baseline fingerprints: reject. */
    private static void unique(CheckConfig config) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<String[]> ids = new ArrayList<>();
        for (int i = 0; i < config.forbid().size(); i++) {
            ids.add(new String[] {"check.forbid[" + i + "].id", config.forbid().get(i).id()});
        }
        for (int i = 0; i < config.naming().size(); i++) {
            ids.add(new String[] {"check.naming[" + i + "].id", config.naming().get(i).id()});
        }
        for (int i = 0; i < config.annotations().size(); i++) {
            ids.add(new String[] {"check.annotations[" + i + "].id", config.annotations().get(i).id()});
        }
        for (String[] keyAndId : ids) {
            if (!seen.add(keyAndId[1])) {
                throw new UsageException(keyAndId[0] + ": duplicate rule id '" + keyAndId[1] + "'");
            }
        }
    }

    private static String id(String key, String id) {
        if (id == null || !id.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new UsageException(key + ".id: needs an id of lower-case letters, digits, '-', '.' or '_' (got '"
                    + (id == null ? "" : id) + "')");
        }
        return id;
    }

    private static Severity severity(String key, String text) {
        if (text == null) {
            return Severity.HIGH;
        }
        try {
            return Severity.parse(text);
        } catch (UsageException e) {
            throw new UsageException(key + ".severity: " + e.getMessage(), e);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
