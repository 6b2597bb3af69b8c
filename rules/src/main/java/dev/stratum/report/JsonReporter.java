package dev.stratum.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratum.finding.Report;
import java.io.IOException;
import java.io.Writer;

/**
 * The versioned JSON contract shared by check and audit:
 * {@code {"version":1,"tool":{"name","version"},"scores":{..}?,"findings":[..],"suppressed":N,"warnings":[..]}}.
 * Fields are only ever added within a version.
 */
public final class JsonReporter implements Reporter {
    /** 2: findings carry {@code locations} (further places of folded repeats). */
    public static final int VERSION = 2;

    @Override
    public String id() {
        return "json";
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        ObjectNode root = ReportJson.MAPPER.createObjectNode();
        root.put("version", VERSION);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", report.tool().name());
        tool.put("version", report.tool().version());
        if (!report.scores().isEmpty()) {
            ObjectNode scores = root.putObject("scores");
            report.scores().forEach(scores::put);
        }
        ArrayNode findings = root.putArray("findings");
        report.findings().forEach(f -> findings.add(ReportJson.finding(f)));
        root.put("suppressed", report.suppressed().size());
        ArrayNode warnings = root.putArray("warnings");
        report.warnings().forEach(w -> warnings.add(ReportJson.warning(w)));
        out.write(ReportJson.MAPPER.writeValueAsString(root));
        out.write("\n");
    }
}
