package dev.stratum.audit.config;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The profiles a module's main configuration switches on by itself, so that their files are what runs when the
 * deployer sets nothing: {@code spring.profiles.include} (added whatever else is active) and
 * {@code spring.profiles.active}, with the members of {@code spring.profiles.group.<name>} for each. An active
 * profile counts only while the module has no production profile of its own: a deployment that has a prod profile
 * activates it, and that replaces the main file's {@code spring.profiles.active}.
 */
final class ActiveProfiles {
    private static final String ACTIVE = ConfigProperty.canonical("spring.profiles.active");
    private static final String INCLUDE = ConfigProperty.canonical("spring.profiles.include");
    private static final String GROUP = ConfigProperty.canonical("spring.profiles.group.");

    private ActiveProfiles() {
    }

    static Set<String> onByDefault(List<ConfigProperty> all) {
        Set<String> active = new TreeSet<>();
        Set<String> included = new TreeSet<>();
        for (ConfigProperty p : all) {
            if (!p.profile().isEmpty()) {
                continue;
            }
            if (p.canonicalKey().equals(ACTIVE)) {
                active.clear();
                active.addAll(names(p.value()));
            } else if (p.canonicalKey().equals(INCLUDE)) {
                included.addAll(names(p.value()));
            }
        }
        Set<String> on = withGroups(included, all);
        boolean ownProduction = all.stream().map(ConfigProperty::profile)
                .anyMatch(p -> !p.isEmpty() && !active.contains(p) && Profiles.isProduction(p));
        if (!ownProduction) {
            on.addAll(withGroups(active, all));
        }
        return on;
    }

    /** The profiles and, transitively, the members of their groups. */
    private static Set<String> withGroups(Set<String> profiles, List<ConfigProperty> all) {
        Set<String> out = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(profiles);
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!out.add(name)) {
                continue;
            }
            String key = GROUP + ConfigProperty.canonical(name);
            for (ConfigProperty p : all) {
                if (p.profile().isEmpty() && (p.canonicalKey().equals(key) || p.canonicalKey().startsWith(key + "["))) {
                    todo.addAll(names(p.value()));
                }
            }
        }
        return out;
    }

    /** A comma-separated list of profile names, placeholder defaults resolved; unknown placeholders name nothing. */
    private static List<String> names(String value) {
        return Placeholders.withDefaults(value).stream()
                .flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
