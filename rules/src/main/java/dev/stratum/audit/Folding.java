package dev.stratum.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds repeats of one check on one construct into one finding with several locations: the same message on
 * adjacent lines of one method (three prints in a row) or of a configuration file, and the same message on the same normalised line in several
 * configuration files (one setting duplicated across profile or module files; code in two classes stays two findings). The first occurrence is the finding; its
 * fingerprint stays what it was, so baselines keep matching.
 */
final class Folding {
    /** One folded finding: its first raw finding and the others. */
    record Group(RawFinding first, List<RawFinding> others) {
    }

    private Folding() {
    }

    static List<Group> fold(List<RawFinding> findings) {
        List<RawFinding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing((RawFinding f) -> f.file() == null ? "" : f.file()).thenComparingInt(RawFinding::line));
        List<Group> groups = new ArrayList<>();
        Map<String, Group> adjacent = new HashMap<>();
        Map<String, Integer> adjacentEnd = new HashMap<>();
        Map<String, Group> duplicated = new HashMap<>();
        for (RawFinding f : sorted) {
            String inFile = f.checkId() + "\n" + f.message() + "\n" + f.file() + "\n" + f.member();
            String anywhere = f.checkId() + "\n" + f.message() + "\n" + f.snippet();
            Group g = adjacent.get(inFile);
            boolean sameMember = f.member() > 0 || f.file() == null || !f.file().endsWith(".java");
            if (g != null && sameMember && f.line() > 0 && f.line() <= adjacentEnd.get(inFile) + 1) {
                g.others().add(f);
            } else if (configuration(f) && duplicated.containsKey(anywhere)
                    && !duplicated.get(anywhere).first().file().equals(f.file())) {
                g = duplicated.get(anywhere);
                g.others().add(f);
            } else {
                g = new Group(f, new ArrayList<>());
                groups.add(g);
                if (configuration(f)) {
                    duplicated.putIfAbsent(anywhere, g);
                }
            }
            adjacent.put(inFile, g);
            adjacentEnd.put(inFile, Math.max(f.endLine(), f.line()));
        }
        return groups;
    }

    /** Only settings are folded across files: the same code in two classes is two constructs, each to fix. */
    private static boolean configuration(RawFinding f) {
        return f.file() != null && !f.file().endsWith(".java") && f.snippet() != null && !f.snippet().isBlank();
    }
}
