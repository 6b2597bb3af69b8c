package dev.stratum.audit;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One parsed Java file while it is being visited. Nodes are bucketed by type in a single walk so that thirty
 * checks do not walk the tree thirty times; {@link #mentions} lets a check skip files cheaply.
 */
public final class SourceFile {
    private final String path;
    private final CompilationUnit unit;
    private final String text;
    private final String[] lines;
    private Map<Class<?>, List<Node>> byType;
    private final Map<Class<?>, List<? extends Node>> answered = new IdentityHashMap<>();

    public SourceFile(String path, CompilationUnit unit, String text) {
        this.path = path;
        this.unit = unit;
        this.text = text;
        this.lines = text.split("\r\n|\r|\n", -1);
    }

    /** Path relative to the audited root, '/'-separated. */
    public String path() {
        return path;
    }

    public CompilationUnit unit() {
        return unit;
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lines.length;
    }

    /** The raw text of a 1-based line, or "" when out of range. */
    public String line(int number) {
        return number >= 1 && number <= lines.length ? lines[number - 1] : "";
    }

    /** Cheap pre-filter: whether the raw text contains {@code token} at all. */
    public boolean mentions(String token) {
        return text.contains(token);
    }

    /** Every node of {@code type} (or a subtype) in source order. */
    @SuppressWarnings("unchecked")
    public <T extends Node> List<T> all(Class<T> type) {
        return (List<T>) answered.computeIfAbsent(type, t -> collect(type));
    }

    @SuppressWarnings("unchecked")
    private <T extends Node> List<T> collect(Class<T> type) {
        if (byType == null) {
            Map<Class<?>, List<Node>> buckets = new IdentityHashMap<>();
            unit.walk(node -> buckets.computeIfAbsent(node.getClass(), k -> new ArrayList<>()).add(node));
            byType = buckets;
        }
        List<T> result = new ArrayList<>();
        for (Map.Entry<Class<?>, List<Node>> e : byType.entrySet()) {
            if (type.isAssignableFrom(e.getKey())) {
                result.addAll((List<T>) e.getValue());
            }
        }
        if (byType.size() > 1 && !result.isEmpty() && !isExact(type)) {
            result.sort((a, b) -> compare(a, b));
        }
        return List.copyOf(result);
    }

    private boolean isExact(Class<?> type) {
        return byType.containsKey(type) && byType.keySet().stream().filter(type::isAssignableFrom).count() == 1;
    }

    private static int compare(Node a, Node b) {
        int la = a.getBegin().map(p -> p.line).orElse(0);
        int lb = b.getBegin().map(p -> p.line).orElse(0);
        if (la != lb) {
            return Integer.compare(la, lb);
        }
        return Integer.compare(a.getBegin().map(p -> p.column).orElse(0), b.getBegin().map(p -> p.column).orElse(0));
    }
}
