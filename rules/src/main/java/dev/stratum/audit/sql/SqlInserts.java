package dev.stratum.audit.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code INSERT INTO t (a, b) VALUES (..), (..)} statements of a SQL script, read with one linear scan
 * (quotes and comments respected): enough to see which rows a seed script or migration writes. Values are kept as
 * written (string literals unquoted, anything else as text).
 */
public final class SqlInserts {
    /** One row of one insert: its table, column names (lower case) and values; {@code line} of the statement. */
    public record Row(String table, List<String> columns, List<Value> values, int line) {
        /** The value of a column, or null when the statement names no such column. */
        public Value value(String column) {
            int i = columns.indexOf(column);
            return i >= 0 && i < values.size() ? values.get(i) : null;
        }
    }

    /** A value as written: {@code literal} when it was a quoted string. */
    public record Value(String text, boolean literal) {
    }

    private SqlInserts() {
    }

    public static List<Row> rows(String sql) {
        List<Row> out = new ArrayList<>();
        for (Statement s : statements(sql)) {
            parse(s, out);
        }
        return out;
    }

    private record Statement(String text, int line) {
    }

    /** Statements split at semicolons outside quotes, comments dropped. */
    private static List<Statement> statements(String sql) {
        List<Statement> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int line = 1;
        int start = 1;
        boolean blank = true;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (blank && !Character.isWhitespace(c)) {
                start = line;
                blank = c == ';' || c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-'
                        || c == '/' && i + 1 < sql.length() && sql.charAt(i + 1) == '*';
            }
            if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                while (i < sql.length() && sql.charAt(i) != '\n') {
                    i++;
                }
                line++;
                current.append(' ');
            } else if (c == '/' && i + 1 < sql.length() && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                int stop = end < 0 ? sql.length() : end + 2;
                for (int k = i; k < stop; k++) {
                    if (sql.charAt(k) == '\n') {
                        line++;
                    }
                }
                i = stop - 1;
                current.append(' ');
            } else if (c == '\'' || c == '"') {
                int j = i + 1;
                while (j < sql.length() && !(sql.charAt(j) == c && (j + 1 >= sql.length() || sql.charAt(j + 1) != c))) {
                    if (sql.charAt(j) == c) {
                        j++; // doubled quote
                    }
                    if (sql.charAt(j) == '\n') {
                        line++;
                    }
                    j++;
                }
                current.append(sql, i, Math.min(j + 1, sql.length()));
                i = j;
            } else if (c == ';') {
                out.add(new Statement(current.toString(), start));
                current.setLength(0);
                blank = true;
            } else {
                current.append(c);
            }
        }
        if (!blank) {
            out.add(new Statement(current.toString(), start));
        }
        return out;
    }

    private static void parse(Statement s, List<Row> out) {
        String t = s.text().strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("insert")) {
            return;
        }
        int into = lower.indexOf("into");
        int open = lower.indexOf('(', into);
        int values = lower.indexOf("values", open);
        if (into < 0 || open < 0 || values < 0) {
            return;
        }
        String table = t.substring(into + 4, open).strip().replaceAll("[\"`\\[\\]]", "").toLowerCase(Locale.ROOT);
        int close = t.indexOf(')', open);
        if (close < 0 || close > values) {
            return;
        }
        List<String> columns = new ArrayList<>();
        for (String c : t.substring(open + 1, close).split(",")) {
            columns.add(c.strip().replaceAll("[\"`\\[\\]]", "").toLowerCase(Locale.ROOT));
        }
        for (List<Value> tuple : tuples(t.substring(values + 6))) {
            out.add(new Row(table.substring(table.lastIndexOf('.') + 1), columns, tuple, s.line()));
        }
    }

    /** {@code (a, 'b'), (c, 'd')} as lists of values. */
    private static List<List<Value>> tuples(String text) {
        List<List<Value>> out = new ArrayList<>();
        List<Value> tuple = null;
        StringBuilder value = new StringBuilder();
        boolean literal = false;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                int j = i + 1;
                StringBuilder s = new StringBuilder();
                while (j < text.length()) {
                    if (text.charAt(j) == '\'' && j + 1 < text.length() && text.charAt(j + 1) == '\'') {
                        s.append('\'');
                        j += 2;
                    } else if (text.charAt(j) == '\'') {
                        break;
                    } else {
                        s.append(text.charAt(j++));
                    }
                }
                value.append(s);
                literal = depth == 1;
                i = j;
            } else if (c == '(') {
                depth++;
                if (depth == 1) {
                    tuple = new ArrayList<>();
                } else {
                    value.append(c);
                }
            } else if (c == ')') {
                depth--;
                if (depth == 0 && tuple != null) {
                    tuple.add(new Value(value.toString().strip(), literal));
                    out.add(tuple);
                    value.setLength(0);
                    literal = false;
                } else {
                    value.append(c);
                }
            } else if (c == ',' && depth == 1) {
                tuple.add(new Value(value.toString().strip(), literal));
                value.setLength(0);
                literal = false;
            } else if (depth >= 1) {
                value.append(c);
            }
        }
        return out;
    }
}
