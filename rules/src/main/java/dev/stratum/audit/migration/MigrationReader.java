package dev.stratum.audit.migration;

import dev.stratum.audit.InputFiles;
import dev.stratum.audit.build.PomReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads Flyway SQL migrations and Liquibase changelogs (XML, or SQL) into an {@link IndexCatalog}. SQL is read by a
 * small scanner, linear in the size of the file whatever it holds (an unclosed comment, a million unclosed
 * parentheses): comments are blanked, the text is cut into statements at semicolons outside string literals, and
 * each statement is matched at its start against CREATE TABLE / CREATE INDEX / ALTER TABLE ... UNIQUE, PRIMARY KEY.
 */
public final class MigrationReader {
    /** Schema dumps used as a baseline migration can be a few MiB; larger is not a migration someone wrote. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;
    private static final String NAME = "([\\w.\"`\\[\\]]+)";
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "create\\s+(?:\\w+\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?" + NAME + "\\s*\\(");
    private static final Pattern CREATE_INDEX = Pattern.compile(
            "create\\s+(?:unique\\s+)?index\\s+(?:concurrently\\s+)?(?:if\\s+not\\s+exists\\s+)?(?:" + NAME + "\\s+)?on\\s+(?:only\\s+)?"
                    + NAME + "\\s*(?:using\\s+\\w+\\s*)?\\(\\s*([\\w\"`]+)");
    private static final Pattern ALTER_KEY = Pattern.compile(
            "alter\\s+table\\s+(?:only\\s+)?(?:if\\s+exists\\s+)?" + NAME + "\\s+add\\s+(?:constraint\\s+\\S+\\s+)?(?:unique|primary\\s+key)\\s*\\(\\s*([\\w\"`]+)");
    private static final Pattern TABLE_KEY = Pattern.compile("(?:unique|primary\\s+key)\\s*\\(\\s*([\\w\"`]+)");
    private static final Pattern INSERT = Pattern.compile("insert\\s+into\\s+" + NAME);
    private static final Pattern SELECT = Pattern.compile("\\bselect\\b");
    private static final Pattern INLINE_KEY = Pattern.compile("^\\s*([\\w\"`]+)\\s+[^,]*?\\b(?:primary\\s+key|unique)\\b");

    private MigrationReader() {
    }

    public static boolean isMigration(String relative) {
        String lower = relative.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".sql") && lower.contains("db/migration/")
                || lower.contains("changelog") && (lower.endsWith(".xml") || lower.endsWith(".sql"));
    }

    public static void read(Path file, String relative, IndexCatalog catalog, Consumer<String> warnings) {
        catalog.countFile();
        try {
            if (relative.toLowerCase(java.util.Locale.ROOT).endsWith(".xml")) {
                liquibase(PomReader.parse(file, MAX_BYTES), catalog);
            } else {
                sql(InputFiles.readString(file, MAX_BYTES), catalog);
            }
        } catch (InputFiles.Unreadable e) {
            warnings.accept(relative + ": migration " + e.getMessage() + ", not read");
        } catch (IOException | java.io.UncheckedIOException e) {
            warnings.accept(relative + ": cannot read migration (" + e.getClass().getSimpleName() + ")");
        } catch (org.xml.sax.SAXException | javax.xml.parsers.ParserConfigurationException e) {
            warnings.accept(relative + ": malformed changelog XML, skipped");
        }
    }

    static void sql(String text, IndexCatalog catalog) {
        for (String statement : statements(withoutComments(text))) {
            Matcher t = CREATE_TABLE.matcher(statement);
            if (t.lookingAt()) {
                int close = matchingParen(statement, t.end() - 1);
                if (close > 0) {
                    table(t.group(1), statement.substring(t.end(), close), catalog);
                }
                continue;
            }
            Matcher i = CREATE_INDEX.matcher(statement);
            if (i.lookingAt()) {
                catalog.index(i.group(2), i.group(3));
                continue;
            }
            Matcher a = ALTER_KEY.matcher(statement);
            if (a.lookingAt()) {
                catalog.index(a.group(1), a.group(2));
                continue;
            }
            Matcher insert = INSERT.matcher(statement);
            if (insert.lookingAt()) {
                String rows = withoutLiterals(statement.substring(insert.end()));
                if (SELECT.matcher(rows).find()) {
                    catalog.copied(insert.group(1));
                } else {
                    catalog.seeded(insert.group(1));
                }
            }
        }
    }

    private static void table(String table, String body, IndexCatalog catalog) {
        catalog.table(table);
        for (String column : splitTopLevel(body)) {
            String c = column.strip();
            Matcher key = TABLE_KEY.matcher(c);
            if ((c.startsWith("unique") || c.startsWith("primary") || c.startsWith("constraint")) && key.find()) {
                catalog.index(table, key.group(1));
                continue;
            }
            Matcher inline = INLINE_KEY.matcher(c);
            if (inline.find() && !inline.group(1).equals("constraint")) {
                catalog.index(table, inline.group(1));
            }
        }
    }

    /**
     * Lower-cased text with {@code --} and {@code /* *}{@code /} comments blanked (an unclosed block comment runs to
     * the end) and string literals kept as they are, in one pass.
     */
    static String withoutComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                int end = text.indexOf('\n', i);
                i = end < 0 ? n : end;
                out.append(' ');
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                out.append(' ');
            } else if (c == '\'') {
                int end = i + 1;
                while (end < n && !(text.charAt(end) == '\'' && (end + 1 >= n || text.charAt(end + 1) != '\''))) {
                    end += text.charAt(end) == '\'' ? 2 : 1;
                }
                end = Math.min(n, end + 1);
                out.append(text, i, end);
                i = end;
            } else {
                out.append(Character.toLowerCase(c));
                i++;
            }
        }
        return out.toString();
    }

    /** Statements: the text cut at semicolons outside string literals, each stripped; empty ones dropped. */
    static List<String> statements(String sql) {
        List<String> out = new java.util.ArrayList<>();
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                add(out, sql.substring(start, i));
                start = i + 1;
            }
        }
        add(out, sql.substring(start));
        return out;
    }

    private static void add(List<String> out, String statement) {
        String s = statement.strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }

    /** The statement with its string literals blanked, so that a seeded value 'select' is not read as a query. */
    private static String withoutLiterals(String statement) {
        StringBuilder out = new StringBuilder(statement.length());
        boolean quoted = false;
        for (int i = 0; i < statement.length(); i++) {
            char c = statement.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
                out.append(' ');
            } else {
                out.append(quoted ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** Index of the parenthesis closing the one at {@code open}, or -1 when it is never closed. */
    static int matchingParen(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Splits a CREATE TABLE body on commas outside parentheses. */
    static List<String> splitTopLevel(String body) {
        List<String> parts = new java.util.ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(body.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(body.substring(start));
        return parts;
    }

    static void liquibase(Document doc, IndexCatalog catalog) {
        NodeList tables = doc.getElementsByTagName("createTable");
        for (int i = 0; i < tables.getLength(); i++) {
            Element t = (Element) tables.item(i);
            String table = t.getAttribute("tableName");
            catalog.table(table);
            NodeList columns = t.getElementsByTagName("column");
            for (int c = 0; c < columns.getLength(); c++) {
                Element col = (Element) columns.item(c);
                NodeList constraints = col.getElementsByTagName("constraints");
                for (int k = 0; k < constraints.getLength(); k++) {
                    Element con = (Element) constraints.item(k);
                    if ("true".equals(con.getAttribute("primaryKey")) || "true".equals(con.getAttribute("unique"))) {
                        catalog.index(table, col.getAttribute("name"));
                    }
                }
            }
        }
        NodeList indexes = doc.getElementsByTagName("createIndex");
        for (int i = 0; i < indexes.getLength(); i++) {
            Element idx = (Element) indexes.item(i);
            NodeList columns = idx.getElementsByTagName("column");
            if (columns.getLength() > 0) {
                catalog.index(idx.getAttribute("tableName"), ((Element) columns.item(0)).getAttribute("name"));
            }
        }
        for (String tag : List.of("addUniqueConstraint", "addPrimaryKey")) {
            NodeList keys = doc.getElementsByTagName(tag);
            for (int i = 0; i < keys.getLength(); i++) {
                Element k = (Element) keys.item(i);
                catalog.index(k.getAttribute("tableName"), k.getAttribute("columnNames").split(",")[0]);
            }
        }
        for (String tag : List.of("insert", "loadData", "loadUpdateData")) {
            NodeList rows = doc.getElementsByTagName(tag);
            for (int i = 0; i < rows.getLength(); i++) {
                catalog.seeded(((Element) rows.item(i)).getAttribute("tableName"));
            }
        }
        NodeList sqls = doc.getElementsByTagName("sql");
        for (int i = 0; i < sqls.getLength(); i++) {
            sql(sqls.item(i).getTextContent(), catalog);
        }
    }
}
