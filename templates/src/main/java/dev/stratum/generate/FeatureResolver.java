package dev.stratum.generate;

import dev.stratum.core.UsageException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the user's feature list into the selected features, in declaration order. A list of {@code +id}/{@code -id}
 * entries adjusts the defaults; a plain list replaces them. Requirements are not added silently: a missing one is
 * an error that says what to add, so the generated project is exactly what was asked for.
 */
final class FeatureResolver {
    private FeatureResolver() {
    }

    static List<FeatureDef> resolve(TemplateDescriptor template, List<String> requested) {
        Set<String> chosen = chosenIds(template, requested);
        List<FeatureDef> selected = template.features().stream().filter(f -> chosen.contains(f.id())).toList();
        for (FeatureDef f : selected) {
            for (String need : f.requires()) {
                if (!chosen.contains(need)) {
                    throw new UsageException("feature '" + f.id() + "' requires '" + need + "': add it to --features");
                }
            }
            for (String clash : f.conflicts()) {
                if (chosen.contains(clash)) {
                    throw new UsageException("features '" + f.id() + "' and '" + clash + "' conflict: choose one");
                }
            }
        }
        return selected;
    }

    private static Set<String> chosenIds(TemplateDescriptor template, List<String> requested) {
        Set<String> defaults = template.features().stream().filter(FeatureDef::enabledByDefault)
                .map(FeatureDef::id).collect(Collectors.toCollection(LinkedHashSet::new));
        if (requested == null) {
            return defaults;
        }
        List<String> entries = new ArrayList<>();
        for (String raw : requested) {
            for (String e : raw.split(",")) {
                if (!e.isBlank()) {
                    entries.add(e.strip());
                }
            }
        }
        if (entries.isEmpty()) {
            throw new UsageException("--features is empty (valid: "
                    + template.features().stream().map(FeatureDef::id).collect(Collectors.joining(", "))
                    + "; omit the flag for the defaults)");
        }
        boolean relative = !entries.isEmpty() && entries.stream().allMatch(e -> e.startsWith("+") || e.startsWith("-"));
        if (!relative && entries.stream().anyMatch(e -> e.startsWith("+") || e.startsWith("-"))) {
            throw new UsageException("--features mixes plain and +/- entries: use either a full list or only +id/-id changes");
        }
        Set<String> chosen = relative ? new LinkedHashSet<>(defaults) : new LinkedHashSet<>();
        for (String e : entries) {
            String id = relative ? e.substring(1) : e;
            if (template.feature(id).isEmpty()) {
                throw new UsageException("unknown feature '" + id + "' for template '" + template.id() + "' (valid: "
                        + template.features().stream().map(FeatureDef::id).collect(Collectors.joining(", ")) + ")");
            }
            if (relative && e.startsWith("-")) {
                chosen.remove(id);
            } else {
                chosen.add(id);
            }
        }
        return chosen;
    }
}
