package dev.stratum.generate.update;

import dev.stratum.core.UsageException;
import dev.stratum.generate.FeatureDef;
import dev.stratum.generate.TemplateDescriptor;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The feature set after {@code add}/{@code remove}, checked as {@code new} checks it, with messages that say what
 * to run instead: a conflicting feature names {@code stratum remove}, a missing requirement names what to add.
 */
final class FeatureChanges {
    private FeatureChanges() {
    }

    static List<String> apply(TemplateDescriptor template, List<String> current, List<String> add, List<String> remove) {
        for (String f : add) {
            known(template, f);
            if (current.contains(f)) {
                throw new UsageException("feature '" + f + "' is already in the project");
            }
        }
        for (String f : remove) {
            known(template, f);
            if (!current.contains(f)) {
                throw new UsageException("feature '" + f + "' is not in the project (it has: " + String.join(", ", current) + ")");
            }
        }
        Set<String> next = new LinkedHashSet<>(current);
        next.removeAll(remove);
        next.addAll(add);
        if (next.isEmpty()) {
            throw new UsageException("removing " + String.join(", ", remove) + " would leave the project without features");
        }
        for (String f : add) {
            for (String other : next) {
                if (!other.equals(f) && conflict(template, f, other)) {
                    throw new UsageException("feature '" + f + "' conflicts with '" + other + "'"
                            + (add.contains(other) ? "" : ", which the project has: remove it first (stratum remove " + other
                            + ") or swap them in one step (stratum add " + f + " --remove " + other + ")"));
                }
            }
            for (String need : template.feature(f).orElseThrow().requires()) {
                if (!next.contains(need)) {
                    throw new UsageException("feature '" + f + "' requires '" + need + "': add both (stratum add " + f + " " + need + ")");
                }
            }
        }
        for (String f : next) {
            for (String need : template.feature(f).map(FeatureDef::requires).orElse(List.of())) {
                if (remove.contains(need)) {
                    throw new UsageException("feature '" + f + "' requires '" + need + "': remove '" + f + "' too, or keep '" + need + "'");
                }
            }
        }
        return template.features().stream().map(FeatureDef::id).filter(next::contains).toList();
    }

    private static void known(TemplateDescriptor template, String f) {
        if (template.feature(f).isEmpty()) {
            throw new UsageException("unknown feature '" + f + "' for template '" + template.id() + "' (valid: "
                    + template.features().stream().map(FeatureDef::id).collect(Collectors.joining(", ")) + ")");
        }
    }

    private static boolean conflict(TemplateDescriptor template, String a, String b) {
        return template.feature(a).map(f -> f.conflicts().contains(b)).orElse(false)
                || template.feature(b).map(f -> f.conflicts().contains(a)).orElse(false);
    }
}
