package dev.stratum.report;

import dev.stratum.finding.Finding;
import dev.stratum.finding.Location;
import dev.stratum.finding.Fingerprints;
import dev.stratum.finding.ProcessingWarning;
import dev.stratum.finding.Report;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import dev.stratum.finding.Tool;
import java.util.List;
import java.util.Map;

/** The fixed scenarios every reporter is golden-tested with: empty, one, many, with a warning. */
final class ReportScenarios {
    static final Tool TOOL = new Tool("stratum", "1.0.0-test");
    static final RuleMeta LAYERS = new RuleMeta("layers", "architecture", Severity.HIGH, "Layer access",
            "Layers only talk to the layers below them.", "Call a service instead of the repository.", "", "");
    static final RuleMeta MD5 = new RuleMeta("security-weak-hash", "security", Severity.HIGH,
            "No MD5 or SHA-1 MessageDigest", "MD5 and SHA-1 are broken for integrity & signatures.",
            "Use SHA-256 or a password hash such as bcrypt.", "", "");
    static final RuleMeta STREAMS = new RuleMeta("security-standard-streams", "security", Severity.MEDIUM,
            "No System.out/System.err", "Output bypasses logging.", "Use a logger.", "", "");

    private ReportScenarios() {
    }

    static Map<String, Report> all() {
        return Map.of("empty", empty(), "one", one(), "many", many(), "warning", warning());
    }

    static Report empty() {
        return Report.of(TOOL, List.of(LAYERS), List.of(), List.of());
    }

    static Report one() {
        return Report.of(TOOL, List.of(LAYERS, MD5), List.of(md5()), List.of());
    }

    static Report many() {
        Finding layer = finding(LAYERS, Severity.HIGH,
                "Method <com.acme.web.OrderController.list()> calls method <com.acme.persistence.OrderRepository.findAll()> in (OrderController.java:21)",
                "com.acme.web.OrderController", "src/main/java/com/acme/web/OrderController.java", 21);
        Finding first = finding(STREAMS, Severity.LOW, "Field <java.lang.System.out> accessed <in> \"quotes\" & more",
                "com.acme.Main", "src/main/java/com/acme/Main.java", 7);
        // folded repeats: the same finding on the two lines below
        Finding stream = new Finding(first.rule(), first.severity(), first.message(), first.className(), first.file(),
                first.line(), first.endLine(), first.fingerprint(), List.of(new Location("src/main/java/com/acme/Main.java", 8, 8),
                new Location("src/main/java/com/acme/Main.java", 9, 9)));
        Finding noFile = finding(LAYERS, Severity.CRITICAL, "Class <com.acme.Gen$1> is in no layer\nsecond line", "com.acme.Gen$1", null, 0);
        Finding suppressedOne = finding(STREAMS, Severity.MEDIUM, "old", "com.acme.Old", "Old.java", 1);
        return new Report(TOOL, List.of(STREAMS, MD5, LAYERS), List.of(noFile, stream, layer, md5()),
                List.of(suppressedOne), List.of(), Map.of());
    }

    static Report warning() {
        return new Report(TOOL, List.of(MD5), List.of(md5()), List.of(),
                List.of(new ProcessingWarning("target/classes/com/acme/Broken.class", "not a class file, skipped"),
                        new ProcessingWarning(null, "rules jar loaded no @ArchTest rules")),
                Map.of("security", 80, "caching", 55));
    }

    private static Finding md5() {
        return finding(MD5, Severity.HIGH, "Method <com.acme.security.Tokens.hash(java.lang.String)> uses MessageDigest \"MD5\" in (Tokens.java:14)",
                "com.acme.security.Tokens", "src/main/java/com/acme/security/Tokens.java", 14);
    }

    static Finding finding(RuleMeta rule, Severity severity, String message, String cls, String file, int line) {
        return new Finding(rule, severity, message, cls, file, line, line, Fingerprints.of(rule.id(), file, message));
    }
}
