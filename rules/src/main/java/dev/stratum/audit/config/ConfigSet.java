package dev.stratum.audit.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The configuration of one module: every application and bootstrap property per profile. Checks read the
 * production view: the default profile overridden by a prod/production profile when there is one.
 */
public final class ConfigSet {
    /** Profiles taken to be what runs in production. */
    public static final Set<String> PRODUCTION_PROFILES = Set.of("prod", "production", "prd", "live");

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
        // bootstrap files come first in the list (lower priority), then application files, then profile files
        for (ConfigProperty p : all) {
            if (p.profile().isEmpty()) {
                view.put(p.canonicalKey(), p);
            }
        }
        for (ConfigProperty p : all) {
            if (PRODUCTION_PROFILES.contains(p.profile())) {
                view.put(p.canonicalKey(), p);
            }
        }
        return view;
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
