package dev.stratum.audit.monitoring;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Locations;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.ResourceFile;
import dev.stratum.audit.ResourceFiles;
import dev.stratum.audit.config.ConfigProperty;
import dev.stratum.audit.config.ConfigSet;
import dev.stratum.audit.config.Profiles;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** MO011: a log pattern without a timestamp, or without any correlation or trace id. */
public final class LogPatternCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("MO011", AuditArea.MONITORING, Severity.LOW,
            "Log pattern without timestamp or correlation/trace id",
            "A log line without a timestamp cannot be ordered or matched to an incident; one without a "
                    + "correlation or trace id (MDC) cannot be tied to the request that wrote it, so in a busy "
                    + "service the lines of one failing call are lost among thousands.",
            "Keep Boot's default pattern (it has both), use structured logging (logging.structured.format.console="
                    + "ecs or logstash), or add %d{ISO8601} and %X{traceId}/%X{correlationId} to the pattern.",
            "<pattern>%-5level %logger - %msg%n</pattern>",
            "<pattern>%d{ISO8601} %-5level [%X{traceId:-},%X{correlationId:-}] %logger - %msg%n</pattern>")
            .scope("logging.pattern.console/file in the default and production profiles (unless structured "
                            + "logging replaces them); <pattern> elements of logback*.xml and PatternLayout patterns "
                            + "of log4j2*.xml outside dev/test-named files, unless a JSON encoder or layout is used.",
                    "Patterns built from properties defined elsewhere (counted as complete when they reference one), "
                            + "timestamps added by the log shipper, which is fine for the timestamp but not the ids.");

    private static final Pattern XML_PATTERN = Pattern.compile(
            "<pattern>([^<]{1,2000})</pattern>|<Pattern>([^<]{1,2000})</Pattern>|PatternLayout\\s+pattern=\"([^\"]{1,2000})\"");
    private static final List<String> JSON_ENCODERS = List.of("LogstashEncoder", "JsonEncoder", "EcsEncoder",
            "CompositeJsonEncoder", "JsonTemplateLayout", "JsonLayout", "EcsLayout", "JSONLayout", "GelfLayout",
            "StructuredLogEncoder");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        for (ConfigSet set : project.configs()) {
            for (String key : List.of("logging.pattern.console", "logging.pattern.file")) {
                String target = key.substring(key.lastIndexOf('.') + 1);
                if (set.isSet("logging.structured.format." + target)) {
                    continue;
                }
                set.get(key).ifPresent(p -> missing(p.value()).ifPresent(what ->
                        Locations.at(p, sink, this, key + " has no " + what)));
            }
        }
        for (ResourceFile file : project.resources(ResourceFiles.Kind.LOGGING)) {
            String lower = file.path().toLowerCase(Locale.ROOT);
            if (!Profiles.isProduction(file.profile()) || lower.contains("-test") || JSON_ENCODERS.stream().anyMatch(file.text()::contains)) {
                continue;
            }
            Matcher m = XML_PATTERN.matcher(file.text());
            while (m.find()) {
                String pattern = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                int at = m.start();
                missing(pattern).ifPresent(what -> sink.report(this, file.path(), file.lineOf(at),
                        "the log pattern has no " + what));
            }
        }
    }

    /** "timestamp", "correlation or trace id", both, or empty when the pattern has what it needs. */
    static java.util.Optional<String> missing(String pattern) {
        String p = pattern.toLowerCase(Locale.ROOT);
        if (p.contains("${")) {
            return java.util.Optional.empty(); // built from Boot's or another property: not judged
        }
        List<String> missing = new ArrayList<>();
        if (!p.contains("%d") && !p.contains("%date") && !p.contains("%timestamp")) {
            missing.add("timestamp");
        }
        // %X is the MDC in logback and log4j2 (%xEx, lower case, is an exception converter)
        if (!pattern.contains("%X") && !p.contains("%mdc") && !p.contains("traceid") && !p.contains("%correlation")) {
            missing.add("correlation or trace id");
        }
        return missing.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join(" and no ", missing));
    }
}
