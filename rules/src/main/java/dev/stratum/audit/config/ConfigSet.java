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
 * first. Checks read the production view: the default profile overridden by every production profile, and can ask
 * for the effective value in each production profile.
 *
 * <p>A profile is production ({@link #isProduction}) when it is named like one ({@link Profiles#isProduction}) and
 * is not a local run (an opt-in profile whose datasource is an in-memory database), or when the main configuration
 * switches it on by default: {@code spring.profiles.include} always, {@code spring.profiles.active} (and the groups
 * it names) unless the module has a production profile of its own, which a deployment would activate instead.
 */
public final class ConfigSet {
    private final String module;
    private final List<ConfigProperty> properties;
    private final Set<String> onByDefault;
    private final Set<String> localRuns;
    private final Map<String, ConfigProperty> production;

    public ConfigSet(String module, List<ConfigProperty> properties) {
        this.module = module;
        this.properties = List.copyOf(properties);
        this.onByDefault = ActiveProfiles.onByDefault(this.properties);
        this.localRuns = localRuns(this.properties, onByDefault);
        this.production = productionView(this.properties);
    }

    /** Named profiles, not on by default, that point the datasource at an in-memory database: runs on a laptop. */
    private static Set<String> localRuns(List<ConfigProperty> all, Set<String> onByDefault) {
        Set<String> out = new TreeSet<>();
        for (ConfigProperty p : all) {
            if (!p.profile().isEmpty() && !onByDefault.contains(p.profile())
                    && p.canonicalKey().equals(DATASOURCE_URL) && inMemoryDatabase(p.value())) {
                out.add(p.profile());
            }
        }
        return out;
    }

    private static final String DATASOURCE_URL = ConfigProperty.canonical("spring.datasource.url");

    /** A JDBC URL (placeholder defaults resolved) of a database that lives in the process and ends with it. */
    public static boolean inMemoryDatabase(String url) {
        String u = Placeholders.withDefaults(url).orElse("").strip().toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("jdbc:h2:mem:") || u.startsWith("jdbc:hsqldb:mem:") || u.startsWith("jdbc:derby:memory:")
                || u.startsWith("jdbc:sqlite::memory:");
    }

    /**
     * Whether a document for this profile expression applies in production: the default, a profile the main file
     * switches on, or one named like production that is not a local run.
     */
    public boolean isProduction(String profile) {
        String p = profile.strip();
        if (p.isEmpty() || onByDefault.contains(p)) {
            return true;
        }
        return Profiles.isProduction(p) && !localRuns.contains(p);
    }

    /** Whether the main configuration switches this profile on when the deployer names none (see {@link ActiveProfiles}). */
    public boolean activeByDefault(String profile) {
        return onByDefault.contains(profile.strip());
    }

    /** A profile for messages: "default", or the name and why it counts as production when the main file activates it. */
    public String describe(String profile) {
        if (profile.isEmpty()) {
            return "default";
        }
        return activeByDefault(profile) ? profile + " (active by default)" : profile;
    }

    /** The end of a message naming where {@code p} is set: empty for the default profile, else " (profile ...)". */
    public String inProfile(ConfigProperty p) {
        return p.profile().isEmpty() ? "" : " (profile " + describe(p.profile()) + ")";
    }

    /** Whether this profile's datasource (or, without one, the default's) is an in-memory database. */
    public boolean inMemoryDatasource(String profile) {
        ConfigProperty url = null;
        for (ConfigProperty p : properties) {
            if (p.canonicalKey().equals(DATASOURCE_URL) && (p.profile().equals(profile) || p.profile().isEmpty() && url == null)) {
                url = p;
            }
        }
        return url != null && inMemoryDatabase(url.value());
    }

    private Map<String, ConfigProperty> productionView(List<ConfigProperty> all) {
        Map<String, ConfigProperty> view = new LinkedHashMap<>();
        // sources come lowest precedence first; a production profile's value overrides the default's
        for (ConfigProperty p : all) {
            if (p.profile().isEmpty()) {
                view.put(p.canonicalKey(), p);
            }
        }
        for (ConfigProperty p : all) {
            if (!p.profile().isEmpty() && isProduction(p.profile())) {
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
            } else if (isProduction(p.profile())) {
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
        properties.stream().map(ConfigProperty::profile).filter(p -> !p.isEmpty() && isProduction(p))
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
