package dev.stratum.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.finding.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every format against fixed scenarios (empty, one, many, warning). Golden files live in
 * src/test/resources/dev/stratum/report/golden; run with {@code -Dstratum.golden.update=true} to rewrite them,
 * then review the diff.
 */
class ReporterGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/dev/stratum/report/golden");
    private static final List<String> FORMATS = List.of("text", "json", "sarif", "junit", "markdown");

    static Stream<Arguments> cases() {
        return FORMATS.stream().flatMap(f -> Stream.of("empty", "one", "many", "warning").map(s -> Arguments.of(f, s)));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("cases")
    void output_matches_golden_file(String format, String scenario) throws IOException {
        Report report = ReportScenarios.all().get(scenario);
        StringWriter out = new StringWriter();
        Reporters.standard(false).get(format).write(report, out);
        Path golden = GOLDEN.resolve(scenario + "." + extension(format));
        if (Boolean.getBoolean("stratum.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, out.toString(), StandardCharsets.UTF_8);
        }
        assertThat(out.toString()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0} twice")
    @MethodSource("formats")
    void output_is_deterministic(String format) throws IOException {
        StringWriter a = new StringWriter();
        StringWriter b = new StringWriter();
        Reporters.standard(false).get(format).write(ReportScenarios.many(), a);
        Reporters.standard(false).get(format).write(ReportScenarios.many(), b);
        assertThat(a.toString()).isEqualTo(b.toString());
    }

    static Stream<String> formats() {
        return FORMATS.stream();
    }

    private static String extension(String format) {
        return switch (format) {
            case "text" -> "txt";
            case "junit" -> "junit.xml";
            case "markdown" -> "md";
            case "sarif" -> "sarif.json";
            default -> "json";
        };
    }
}
