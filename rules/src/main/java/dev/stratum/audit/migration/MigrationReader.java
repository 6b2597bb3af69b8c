package dev.stratum.audit.migration;

import dev.stratum.audit.build.PomReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads Flyway SQL migrations and Liquibase changelogs (XML, or SQL) into an {@link IndexCatalog}. SQL is
 * understood with a few regular expressions over CREATE TABLE / CREATE INDEX / ALTER TABLE ... UNIQUE, PRIMARY KEY.
 */
public final class MigrationReader {
    private static final String NAME = "([\\w.\"`\\[\\]]+)";
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "create\\s+(?:\\w+\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?" + NAME + "\\s*\\((.*?)\\)\\s*;", Pattern.DOTALL);
    private static final Pattern CREATE_INDEX = Pattern.compile(
            "create\\s+(?:unique\\s+)?index\\s+(?:concurrently\\s+)?(?:if\\s+not\\s+exists\\s+)?(?:" + NAME + "\\s+)?on\\s+(?:only\\s+)?"
                    + NAME + "\\s*(?:using\\s+\\w+\\s*)?\\(\\s*([\\w\"`]+)");
    private static final Pattern ALTER_KEY = Pattern.compile(
            "alter\\s+table\\s+(?:only\\s+)?(?:if\\s+exists\\s+)?" + NAME + "\\s+add\\s+(?:constraint\\s+\\S+\\s+)?(?:unique|primary\\s+key)\\s*\\(\\s*([\\w\"`]+)");
    private static final Pattern TABLE_KEY = Pattern.compile("(?:unique|primary\\s+key)\\s*\\(\\s*([\\w\"`]+)");
    private static final Pattern INLINE_KEY = Pattern.compile("^\\s*([\\w\"`]+)\\s+[^,]*?\\b(?:primary\\s+key|unique)\\b");

    private MigrationReader() {
    }

    public static boolean isMigration(String relative) {
        String lower = relative.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".sql") && lower.contains("db/migration/")
                || lower.contains("changelog") && (lower.endsWith(".xml") || lower.endsWith(".sql"));
    }

    public static void read(Path file, String relative, IndexCatalog catalog, Consumer<String> warnings) {
        try {
            if (Files.size(file) > 8L * 1024 * 1024) {
                warnings.accept(relative + ": migration larger than 8 MiB, not read");
                return;
            }
            catalog.countFile();
            if (relative.toLowerCase(java.util.Locale.ROOT).endsWith(".xml")) {
                liquibase(PomReader.parse(file), catalog);
            } else {
                sql(Files.readString(file, StandardCharsets.UTF_8), catalog);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            warnings.accept(relative + ": cannot read migration (" + e.getClass().getSimpleName() + ")");
        } catch (org.xml.sax.SAXException | javax.xml.parsers.ParserConfigurationException e) {
            warnings.accept(relative + ": malformed changelog XML, skipped");
        }
    }

    static void sql(String text, IndexCatalog catalog) {
        String sql = text.replaceAll("--[^\n]*", " ").replaceAll("(?s)/\\*.*?\\*/", " ").toLowerCase(java.util.Locale.ROOT);
        Matcher t = CREATE_TABLE.matcher(sql);
        while (t.find()) {
            String table = t.group(1);
            catalog.table(table);
            for (String column : splitTopLevel(t.group(2))) {
                Matcher key = TABLE_KEY.matcher(column);
                Matcher inline = INLINE_KEY.matcher(column);
                if (key.find() && (column.strip().startsWith("unique") || column.strip().startsWith("primary")
                        || column.strip().startsWith("constraint"))) {
                    catalog.index(table, key.group(1));
                } else if (inline.find() && !inline.group(1).equals("constraint")) {
                    catalog.index(table, inline.group(1));
                }
            }
        }
        Matcher i = CREATE_INDEX.matcher(sql);
        while (i.find()) {
            catalog.index(i.group(2), i.group(3));
        }
        Matcher a = ALTER_KEY.matcher(sql);
        while (a.find()) {
            catalog.index(a.group(1), a.group(2));
        }
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
        NodeList sqls = doc.getElementsByTagName("sql");
        for (int i = 0; i < sqls.getLength(); i++) {
            sql(sqls.item(i).getTextContent(), catalog);
        }
    }
}
