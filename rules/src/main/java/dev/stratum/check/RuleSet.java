package dev.stratum.check;

import dev.stratum.config.CheckConfig;
import dev.stratum.core.UsageException;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of one run: presets, rules written in stratum.yaml and rules from jars, deduplicated by id, with
 * {@code disable}, {@code severity} and {@code because} from stratum.yaml applied. Ids named there must exist,
 * so a typo cannot silently switch nothing off.
 */
public record RuleSet(List<CheckRule> rules) {
    public RuleSet {
        rules = List.copyOf(rules);
    }

    public static RuleSet from(CheckConfig config, List<Path> rulesJars) {
        Map<String, CheckRule> byId = new LinkedHashMap<>();
        for (String preset : config.presets()) {
            Presets.rules(preset, config).forEach(r -> byId.putIfAbsent(r.id(), r));
        }
        List<CheckRule> own = new ArrayList<>(ConfigRules.from(config));
        for (Path jar : rulesJars) {
            own.addAll(RulesJar.load(jar));
        }
        List<CheckRule> all = new ArrayList<>(byId.values());
        all.addAll(own);
        checkKnown("check.disable", config.disable(), all);
        checkKnown("check.severity", List.copyOf(config.severity().keySet()), all);
        checkKnown("check.because", List.copyOf(config.because().keySet()), all);
        config.suppress().forEach(s -> checkKnown("check.suppress", List.of(s.rule() == null ? "" : s.rule()), all));
        for (int i = 0; i < config.suppress().size(); i++) {
            CheckConfig.Suppress s = config.suppress().get(i);
            if (s.in() != null && !s.in().values().isEmpty()) {
                for (String in : s.in().values()) {
                    if (PackagePatterns.isPattern(in)) {
                        PackagePatterns.check("check.suppress[" + i + "].in", in);
                    } else {
                        PackagePatterns.checkClassName("check.suppress[" + i + "].in", in);
                    }
                }
            }
        }
        List<CheckRule> result = new ArrayList<>();
        for (CheckRule rule : all) {
            if (config.disable().contains(rule.id())) {
                continue;
            }
            result.add(rule.withMeta(override(rule.meta(), config)));
        }
        return new RuleSet(result);
    }

    public List<RuleMeta> metas() {
        return rules.stream().map(CheckRule::meta).toList();
    }

    private static RuleMeta override(RuleMeta meta, CheckConfig config) {
        String sev = config.severity().get(meta.id());
        String because = config.because().get(meta.id());
        Severity severity = meta.severity();
        if (sev != null) {
            try {
                severity = Severity.parse(sev);
            } catch (UsageException e) {
                throw new UsageException("check.severity." + meta.id() + ": " + e.getMessage(), e);
            }
        }
        return new RuleMeta(meta.id(), meta.area(), severity, meta.title(), because == null ? meta.why() : because,
                meta.fix(), meta.badExample(), meta.goodExample());
    }

    private static void checkKnown(String key, List<String> ids, List<CheckRule> rules) {
        for (String id : ids) {
            if (rules.stream().noneMatch(r -> r.id().equals(id))) {
                throw new UsageException(key + ": unknown rule id '" + id + "' (rules in this config: "
                        + String.join(", ", rules.stream().map(CheckRule::id).distinct().sorted().toList()) + ")");
            }
        }
    }
}
