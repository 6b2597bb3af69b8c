package dev.stratum.audit;

import dev.stratum.finding.Finding;
import dev.stratum.finding.Severity;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per-area scores 0-100 and an overall one. Each check costs its area a weight per finding by severity
 * (critical 30, high 15, medium 6, low 2, info 0), counting at most three findings per check so one noisy check
 * cannot zero an area; an area scores {@code max(0, 100 - cost)}. Overall is the rounded mean of the scored
 * areas. Documented in docs/commands/audit.md.
 */
public record AuditScores(Map<String, Integer> byArea, int overall) {
    public static final int MAX_COUNTED_PER_CHECK = 3;

    public static int weight(Severity s) {
        return switch (s) {
            case CRITICAL -> 30;
            case HIGH -> 15;
            case MEDIUM -> 6;
            case LOW -> 2;
            case INFO -> 0;
        };
    }

    public static AuditScores of(List<Finding> findings, Set<String> areas) {
        Map<String, Map<String, int[]>> perCheck = new HashMap<>();
        for (Finding f : findings) {
            int[] acc = perCheck.computeIfAbsent(f.rule().area(), k -> new HashMap<>())
                    .computeIfAbsent(f.id(), k -> new int[2]);
            if (acc[1] < MAX_COUNTED_PER_CHECK) {
                acc[0] += weight(f.severity());
                acc[1]++;
            }
        }
        Map<String, Integer> scores = new LinkedHashMap<>();
        int sum = 0;
        for (String area : AuditArea.ALL) {
            if (!areas.contains(area)) {
                continue;
            }
            int cost = perCheck.getOrDefault(area, Map.of()).values().stream().mapToInt(a -> a[0]).sum();
            int score = Math.max(0, 100 - cost);
            scores.put(area, score);
            sum += score;
        }
        int overall = scores.isEmpty() ? 100 : Math.round((float) sum / scores.size());
        return new AuditScores(Map.copyOf(scores), overall);
    }

    /** Scores in report order, overall last (the JSON contract). */
    public Map<String, Integer> ordered() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String area : AuditArea.ALL) {
            if (byArea.containsKey(area)) {
                out.put(area, byArea.get(area));
            }
        }
        out.put("overall", overall);
        return out;
    }
}
