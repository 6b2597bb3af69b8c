package dev.stratum.check;

import dev.stratum.config.CheckConfig;
import dev.stratum.core.UsageException;
import dev.stratum.finding.RuleMeta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The explicit list of presets. Rules shared by two presets (e.g. no-standard-streams) keep one id and run once. */
public final class Presets {
    private static final Map<String, Function<CheckConfig, List<CheckRule>>> PRESETS = presets();

    private static Map<String, Function<CheckConfig, List<CheckRule>>> presets() {
        Map<String, Function<CheckConfig, List<CheckRule>>> presets = new LinkedHashMap<>();
        presets.put("spring", c -> SpringPreset.rules());
        presets.put("security", SecurityPreset::rules);
        presets.put("general", c -> GeneralPreset.rules());
        return java.util.Collections.unmodifiableMap(presets);
    }

    private Presets() {
    }

    public static List<String> names() {
        return List.copyOf(PRESETS.keySet());
    }

    static List<CheckRule> rules(String preset, CheckConfig config) {
        Function<CheckConfig, List<CheckRule>> p = PRESETS.get(preset);
        if (p == null) {
            throw new UsageException("check.presets: unknown preset '" + preset + "' (known: "
                    + String.join(", ", PRESETS.keySet()) + ")");
        }
        return p.apply(config);
    }

    /** Every preset rule's metadata, by preset: the source of docs/rules.md. */
    public static Map<String, List<RuleMeta>> catalogue() {
        Map<String, List<RuleMeta>> out = new LinkedHashMap<>();
        CheckConfig empty = new CheckConfig(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        PRESETS.forEach((name, p) -> {
            List<RuleMeta> metas = new ArrayList<>();
            p.apply(empty).forEach(r -> metas.add(r.meta()));
            out.put(name, metas);
        });
        return out;
    }

    /** Rules configured in stratum.yaml itself (layers, onion, cycles). */
    public static List<RuleMeta> configRules() {
        return List.of(ConfigRules.LAYERS, ConfigRules.ONION, ConfigRules.CYCLES);
    }
}
