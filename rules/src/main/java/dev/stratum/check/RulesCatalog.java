package dev.stratum.check;

import dev.stratum.finding.RuleMeta;
import java.util.List;
import java.util.Map;

/** Renders docs/rules.md from the rules' own metadata, so the catalogue is never written twice. */
public final class RulesCatalog {
    private RulesCatalog() {
    }

    public static String markdown() {
        StringBuilder s = new StringBuilder();
        s.append("# Check rules\n\n");
        s.append("<!-- Generated from the rules' metadata by dev.stratum.check.RulesCatalog; do not edit. -->\n\n");
        s.append("`stratum check` evaluates the rules written in the `check:` section of `stratum.yaml` ")
                .append("(see [config](config.md)) and the rules of the presets it names. Every rule's severity can be ")
                .append("changed (`check.severity`), its rationale replaced (`check.because`), and it can be switched ")
                .append("off (`check.disable`) or suppressed for some classes (`check.suppress`).\n\n");
        s.append("## Rules from stratum.yaml\n\n");
        table(s, Presets.configRules());
        s.append("Rules listed under `forbid`, `naming` and `annotations` carry the `id` given in `stratum.yaml`.\n\n");
        for (Map.Entry<String, List<RuleMeta>> preset : Presets.catalogue().entrySet()) {
            s.append("## Preset `").append(preset.getKey()).append("`\n\n");
            table(s, preset.getValue());
        }
        s.append("## Details\n\n");
        java.util.Set<String> done = new java.util.HashSet<>();
        Presets.configRules().forEach(r -> details(s, r, done));
        Presets.catalogue().values().forEach(list -> list.forEach(r -> details(s, r, done)));
        return s.toString();
    }

    private static void table(StringBuilder s, List<RuleMeta> rules) {
        s.append("| id | area | severity | title |\n|---|---|---|---|\n");
        for (RuleMeta r : rules) {
            s.append("| [").append(r.id()).append("](#").append(r.id()).append(") | ").append(r.area()).append(" | ")
                    .append(r.severity().id()).append(" | ").append(r.title()).append(" |\n");
        }
        s.append('\n');
    }

    private static void details(StringBuilder s, RuleMeta r, java.util.Set<String> done) {
        if (!done.add(r.id())) {
            return;
        }
        s.append("### ").append(r.id()).append("\n\n");
        s.append("**").append(r.title()).append("** (").append(r.area()).append(", default severity ")
                .append(r.severity().id()).append(")\n\n");
        s.append("Why: ").append(r.why()).append("\n\n");
        s.append("Fix: ").append(r.fix()).append("\n\n");
        if (!r.badExample().isEmpty()) {
            s.append("Violation: `").append(r.badExample().replace("`", "'")).append("`\n\n");
        }
        if (!r.goodExample().isEmpty()) {
            s.append("Instead: `").append(r.goodExample().replace("`", "'")).append("`\n\n");
        }
    }
}
