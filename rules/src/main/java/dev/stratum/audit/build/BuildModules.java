package dev.stratum.audit.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The modules of one build and what each has on its class path without resolving anything: its own dependencies,
 * those it inherits (the Maven parent's {@code <dependencies>}, chain followed inside the tree; the Gradle
 * {@code subprojects}/{@code allprojects} dependencies of a module above it) and, through the modules of the same
 * build it depends on, theirs. A module of the build is found by name (Maven artifactId, Gradle directory name).
 */
public final class BuildModules {
    private static final int MAX_DEPTH = 32;

    private final List<BuildModule> modules;
    private final Map<String, BuildModule> byName = new HashMap<>();

    public BuildModules(List<BuildModule> modules) {
        this.modules = List.copyOf(modules);
        // the first of two modules with one name wins (the scanner's order is stable)
        this.modules.forEach(m -> byName.putIfAbsent(m.name(), m));
    }

    public List<BuildModule> all() {
        return modules;
    }

    /** The module whose directory holds {@code file} most closely. */
    public Optional<BuildModule> owner(String file) {
        return modules.stream().filter(m -> m.contains(file)).max(Comparator.comparingInt(m -> m.dir().length()));
    }

    /** {@code module} and every module of the build it depends on, directly or not (test scope excluded). */
    public Set<BuildModule> closure(BuildModule module) {
        Set<BuildModule> seen = new LinkedHashSet<>();
        collect(module, seen, 0);
        return seen;
    }

    private void collect(BuildModule module, Set<BuildModule> seen, int depth) {
        if (depth > MAX_DEPTH || !seen.add(module)) {
            return;
        }
        for (String used : used(module)) {
            BuildModule m = byName.get(used);
            if (m != null && m != module) {
                collect(m, seen, depth + 1);
            }
        }
    }

    /** Sibling modules named by a main-scope dependency (Maven) or a {@code project(..)} (Gradle). */
    private List<String> used(BuildModule module) {
        List<String> out = new ArrayList<>(module.modulesUsed());
        for (Dependency d : module.dependencies().declared()) {
            if (!d.isTestOnly() && byName.containsKey(d.artifact()) && !d.artifact().equals(module.name())) {
                out.add(d.artifact());
            }
        }
        return out;
    }

    /** Everything on {@code module}'s main class path that the build files show. */
    public Dependencies effective(BuildModule module) {
        List<Dependencies> parts = new ArrayList<>();
        for (BuildModule m : closure(module)) {
            parts.add(m.dependencies());
            inherited(m).forEach(parts::add);
        }
        return Dependencies.merge(parts);
    }

    /** The Maven parent chain's dependencies and Gradle shared blocks of the modules above. */
    private List<Dependencies> inherited(BuildModule module) {
        List<Dependencies> out = new ArrayList<>();
        BuildModule current = module;
        Set<BuildModule> seen = new LinkedHashSet<>();
        while (current.parent() != null && seen.add(current) && seen.size() < MAX_DEPTH) {
            BuildModule parent = byName.get(current.parent());
            if (parent == null || parent == current) {
                break;
            }
            out.add(parent.dependencies());
            current = parent;
        }
        for (BuildModule above : modules) {
            if (above != module && !above.sharedWithSubprojects().isEmpty() && above.contains(module.buildFile())) {
                out.add(new Dependencies(above.sharedWithSubprojects(), null));
            }
        }
        return out;
    }
}
