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
    private final Set<String> seeded = new HashSet<>();
    private final Set<String> copied = new HashSet<>();
    private int migrationFiles;

    void table(String table) {
        tables.add(norm(table));
    }

    void index(String table, String firstColumn) {
        leading.computeIfAbsent(norm(table), k -> new HashSet<>()).add(norm(firstColumn));
    }

    /** The migrations insert literal rows into {@code table} (INSERT ... VALUES, Liquibase insert or loadData). */
    void seeded(String table) {
        seeded.add(norm(table));
    }

    /** The migrations fill {@code table} from other tables (INSERT ... SELECT): data, not reference values. */
    void copied(String table) {
        copied.add(norm(table));
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

    /**
     * Whether the migrations seed {@code table} with literal rows and never copy rows into it from other tables:
     * reference data (statuses, types, a settings row) that the schema's authors wrote out by hand.
     */
    public boolean isSeeded(String table) {
        return seeded.contains(norm(table)) && !copied.contains(norm(table));
    }

    /** Whether the migrations copy rows into {@code table} from other tables (INSERT ... SELECT). */
    public boolean isCopied(String table) {
        return copied.contains(norm(table));
    }

    static String norm(String name) {
        String n = name.strip().replace("\"", "").replace("`", "").replace("[", "").replace("]", "");
        int dot = n.lastIndexOf('.');
        return (dot >= 0 ? n.substring(dot + 1) : n).toLowerCase(Locale.ROOT);
    }
}
