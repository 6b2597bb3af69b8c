package dev.stratum.audit.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The configuration of one module: every property source it loads (application and bootstrap files per profile,
 * {@code spring.config.import}ed and {@code @PropertySource} files, native Hibernate settings), lowest precedence
 * first. Checks read the production view: the default profile overridden by every production profile
 * ({@link Profiles#isProduction}), and can ask for the effective value in each production profile.
 */
public final class ConfigSet {
    private final String module;
    private final List<ConfigProperty> properties;
    private final Map<String, ConfigProperty> production;

    public ConfigSet(String module, List<ConfigProperty> properties) {
        this.module = module;
        this.properties = List.copyOf(properties);
        this.production = productionView(this.properties);
    }

    private static Map<String, ConfigProperty> productionView(List<ConfigProperty> all) {
        Map<String, ConfigProperty> view = new LinkedHashMap<>();
        // sources come lowest precedence first; a production profile's value overrides the default's
        for (ConfigProperty p : all) {
            if (p.profile().isEmpty()) {
                view.put(p.canonicalKey(), p);
            }
        }
        for (ConfigProperty p : all) {
            if (!p.profile().isEmpty() && Profiles.isProduction(p.profile())) {
                view.put(p.canonicalKey(), p);
            }
        }
        return view;
    }

    /**
     * The effective value of {@code key} in each production profile (the default included), one entry per distinct
     * source line: "is X set in any production profile; value and where".
     */
    public List<ConfigProperty> productionValues(String key) {
        String k = ConfigProperty.canonical(key);
        ConfigProperty fallback = null;
        Map<String, ConfigProperty> byProfile = new LinkedHashMap<>();
        for (ConfigProperty p : properties) {
            if (!p.canonicalKey().equals(k)) {
                continue;
            }
            if (p.profile().isEmpty()) {
                fallback = p;
            } else if (Profiles.isProduction(p.profile())) {
                byProfile.put(p.profile(), p);
            }
        }
        List<ConfigProperty> out = new ArrayList<>();
        boolean defaultApplies = byProfile.isEmpty() || productionProfiles().size() > byProfile.size();
        if (fallback != null && defaultApplies) {
            out.add(fallback);
        }
        byProfile.values().stream().filter(p -> !out.contains(p)).forEach(out::add);
        return out;
    }

    /** The production profiles this module names (not the default). */
    public Set<String> productionProfiles() {
        Set<String> out = new TreeSet<>();
        properties.stream().map(ConfigProperty::profile).filter(p -> !p.isEmpty() && Profiles.isProduction(p))
                .forEach(out::add);
        return out;
    }

    /** Module directory relative to the audited root ("" for the root). */
    public String module() {
        return module;
    }

    public List<ConfigProperty> all() {
        return properties;
    }

    /** The production value of {@code key} (relaxed binding), if set. */
    public Optional<ConfigProperty> get(String key) {
        return Optional.ofNullable(production.get(ConfigProperty.canonical(key)));
    }

    public boolean isSet(String key) {
        return get(key).isPresent();
    }

    /** Every property of the production view, in file order. */
    public List<ConfigProperty> productionView() {
        return new ArrayList<>(production.values());
    }

    /** Production-view properties whose key starts with {@code prefix}. */
    public List<ConfigProperty> withPrefix(String prefix) {
        String p = ConfigProperty.canonical(prefix);
        return production.values().stream().filter(c -> c.canonicalKey().startsWith(p)).toList();
    }

    public Set<String> profiles() {
        Set<String> out = new TreeSet<>();
        properties.forEach(p -> out.add(p.profile()));
        return out;
    }

    public boolean isEmpty() {
        return properties.isEmpty();
    }
}
