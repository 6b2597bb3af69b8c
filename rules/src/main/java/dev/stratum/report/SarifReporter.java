package dev.stratum.report;

import dev.stratum.core.Printable;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratum.finding.Finding;
import dev.stratum.finding.ProcessingWarning;
import dev.stratum.finding.Report;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: {@code rules[]} from {@link RuleMeta} with help text, relative URIs
 * against {@code %SRCROOT%}, {@code partialFingerprints}, levels high/critical=error, medium=warning, low/info=note.
 * Processing warnings become {@code toolExecutionNotifications}; baselined findings are left out.
 */
public final class SarifReporter implements Reporter {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";

    @Override
    public String id() {
        return "sarif";
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        ObjectNode root = ReportJson.MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", report.tool().name());
        driver.put("version", report.tool().version());
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> index = new HashMap<>();
        for (RuleMeta rule : report.rules()) {
            index.put(rule.id(), index.size());
            rules.add(rule(rule));
        }
        for (Finding f : report.findings()) {
            if (!index.containsKey(f.id())) {
                index.put(f.id(), index.size());
                rules.add(rule(f.rule()));
            }
        }
        ArrayNode results = run.putArray("results");
        for (Finding f : report.findings()) {
            results.add(result(f, index.get(f.id())));
        }
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", true);
        ArrayNode notes = invocation.putArray("toolExecutionNotifications");
        for (ProcessingWarning w : report.warnings()) {
            ObjectNode note = notes.addObject();
            note.put("level", "warning");
            note.putObject("message").put("text", w.message());
            if (w.file() != null) {
                note.putArray("locations").addObject().putObject("physicalLocation")
                        .putObject("artifactLocation").put("uri", uri(w.file()));
            }
        }
        run.put("columnKind", "utf16CodeUnits");
        out.write(ReportJson.MAPPER.writeValueAsString(root));
        out.write("\n");
    }

    private static ObjectNode rule(RuleMeta rule) {
        ObjectNode r = ReportJson.MAPPER.createObjectNode();
        r.put("id", rule.id());
        r.put("name", rule.id());
        r.putObject("shortDescription").put("text", rule.title());
        r.putObject("fullDescription").put("text", rule.why().isEmpty() ? rule.title() : rule.why());
        String help = (rule.why().isEmpty() ? rule.title() : rule.why())
                + (rule.fix().isEmpty() ? "" : "\nFix: " + rule.fix());
        ObjectNode helpNode = r.putObject("help");
        helpNode.put("text", help);
        helpNode.put("markdown", MarkdownReporter.ruleHelp(rule));
        r.putObject("defaultConfiguration").put("level", level(rule.severity()));
        ObjectNode props = r.putObject("properties");
        props.putArray("tags").add(rule.area());
        return r;
    }

    private static ObjectNode result(Finding f, int ruleIndex) {
        ObjectNode r = ReportJson.MAPPER.createObjectNode();
        r.put("ruleId", f.id());
        r.put("ruleIndex", ruleIndex);
        r.put("level", level(f.severity()));
        r.putObject("message").put("text", f.message());
        ArrayNode locations = r.putArray("locations");
        if (f.file() != null) {
            ObjectNode physical = locations.addObject().putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", uri(f.file())).put("uriBaseId", SRCROOT);
            if (f.line() > 0) {
                physical.putObject("region").put("startLine", f.line()).put("endLine", f.endLine());
            }
        }
        if (f.className() != null) {
            ObjectNode loc = locations.isEmpty() ? locations.addObject() : (ObjectNode) locations.get(0);
            loc.putArray("logicalLocations").addObject().put("fullyQualifiedName", f.className()).put("kind", "type");
        }
        if (!f.related().isEmpty()) {
            ArrayNode related = r.putArray("relatedLocations");
            int id = 1;
            for (dev.stratum.finding.Location l : f.related()) {
                ObjectNode loc = related.addObject();
                loc.put("id", id++);
                ObjectNode physical = loc.putObject("physicalLocation");
                physical.putObject("artifactLocation").put("uri", uri(l.file())).put("uriBaseId", SRCROOT);
                if (l.line() > 0) {
                    physical.putObject("region").put("startLine", l.line()).put("endLine", l.endLine());
                }
                loc.putObject("message").put("text", "the same finding here");
            }
        }
        r.putObject("partialFingerprints").put("stratum/v1", f.fingerprint());
        return r;
    }

    static String level(Severity s) {
        return switch (s) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "note";
        };
    }

    /** Relative, '/'-separated, percent-encoded where URIs require it. */
    static String uri(String file) {
        StringBuilder s = new StringBuilder();
        for (char c : file.replace('\\', '/').toCharArray()) {
            if (c == ' ' || c == '%' || c == '#' || c == '?' || Printable.needsEscape(c)) {
                for (byte u : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    s.append('%').append(String.format("%02X", u & 0xff));
                }
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }
}
