package dev.stratum.audit.migration;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the migrations say about tables and indexes: which tables they create and which columns lead an index
 * (primary keys and unique constraints count). Only the leading column matters to a single-column finder.
 */
public final class IndexCatalog {
    private final Set<String> tables = new HashSet<>();
    private final Map<String, Set<String>> leading = new HashMap<>();
    private int migrationFiles;

    void table(String table) {
        tables.add(norm(table));
    }

    void index(String table, String firstColumn) {
        leading.computeIfAbsent(norm(table), k -> new HashSet<>()).add(norm(firstColumn));
    }

    void countFile() {
        migrationFiles++;
    }

    public boolean hasMigrations() {
        return migrationFiles > 0;
    }

    public int migrationFiles() {
        return migrationFiles;
    }

    /** Whether the migrations create {@code table}, so their index list for it is complete. */
    public boolean knowsTable(String table) {
        return tables.contains(norm(table));
    }

    public boolean isIndexed(String table, String column) {
        return leading.getOrDefault(norm(table), Set.of()).contains(norm(column));
    }

    static String norm(String name) {
        String n = name.strip().replace("\"", "").replace("`", "").replace("[", "").replace("]", "");
        int dot = n.lastIndexOf('.');
        return (dot >= 0 ? n.substring(dot + 1) : n).toLowerCase(Locale.ROOT);
    }
}
