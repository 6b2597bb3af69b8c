package dev.stratum.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.finding.Finding;
import dev.stratum.finding.ProcessingWarning;
import dev.stratum.finding.Report;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import dev.stratum.finding.Tool;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden files for audit's own formats (html, and the audit text layout) in
 * src/test/resources/dev/stratum/report/golden-audit; {@code -Dstratum.golden.update=true} rewrites them.
 */
class AuditReporterGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/dev/stratum/report/golden-audit");

    static Report empty() {
        return new Report(new Tool("stratum", "1.0.0"), List.of(), List.of(), List.of(), List.of(), scores(100, 100, 100, 100, 100));
    }

    static Report many() {
        RuleMeta db = new RuleMeta("DB009", "database", Severity.HIGH, "SQL or JPQL built by string concatenation",
                "Injection & cache misses.", "Use bind parameters.", "q(\"a\" + x)", "q(\"a = :x\")");
        RuleMeta tls = new RuleMeta("SE008", "security", Severity.CRITICAL, "TLS checks disabled", "MITM.",
                "Delete the trust-all code.", "checkServerTrusted() { }", "truststore");
        RuleMeta out = new RuleMeta("MO005", "monitoring", Severity.LOW, "System.out instead of a logger", "",
                "Use a logger (printed once for both findings).", "", "");
        List<Finding> findings = List.of(
                new Finding(db, Severity.HIGH, "query built with <script>alert('x')</script> & friends", null,
                        "src/main/java/a/Repo.java", 12, 13, "f1"),
                new Finding(tls, Severity.CRITICAL, "checkServerTrusted accepts every certificate", null,
                        "src/main/java/a/Tls.java", 30, 30, "f2"),
                new Finding(out, Severity.LOW, "System.out.println instead of a logger", null,
                        "src/main/java/a/Main.java", 5, 5, "f3", List.of(new dev.stratum.finding.Location(
                        "src/main/java/a/Main.java", 6, 6), new dev.stratum.finding.Location("src/main/java/a/Main.java", 7, 7))),
                new Finding(out, Severity.LOW, "System.err.println instead of a logger", null, "pom.xml", 0, 0, "f4"));
        List<Finding> suppressed = List.of(new Finding(out, Severity.LOW, "hidden", null, "x.java", 1, 1, "f5"));
        return new Report(new Tool("stratum", "1.0.0"), List.of(db, tls, out), findings, suppressed,
                List.of(new ProcessingWarning("src/main/java/a/Broken.java", "does not parse: line 3: unexpected \"}\"")),
                scores(100, 85, 98, 70, 100));
    }

    private static Map<String, Integer> scores(int c, int d, int m, int s, int r) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        scores.put("caching", c);
        scores.put("database", d);
        scores.put("monitoring", m);
        scores.put("security", s);
        scores.put("resilience", r);
        scores.put("overall", Math.round((c + d + m + s + r) / 5f));
        return scores;
    }

    private static String render(Reporter reporter, Report report) throws IOException {
        StringWriter out = new StringWriter();
        reporter.write(report, out);
        return out.toString();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({"html, empty, empty.html", "html, many, many.html", "text, empty, empty.txt", "text, many, many.txt"})
    void outputMatchesGoldenFile(String format, String scenario, String file) throws IOException {
        Reporter reporter = format.equals("html") ? new HtmlReporter() : new AuditTextReporter(false);
        String actual = render(reporter, scenario.equals("empty") ? empty() : many());
        Path golden = GOLDEN.resolve(file);
        if (Boolean.getBoolean("stratum.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void htmlIsSelfContainedWithAChartPerAreaAndEscapesEverything() throws IOException {
        String html = render(new HtmlReporter(), many());
        assertThat(html).doesNotContain("<script", "http://", "https://", "@import", "url(", "<link", "<img")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; friends");
        assertThat(html.split("<svg ", -1)).hasSize(6);
        assertThat(Reporters.standard(false).with(new HtmlReporter()).get("html")).isInstanceOf(HtmlReporter.class);
    }
}
