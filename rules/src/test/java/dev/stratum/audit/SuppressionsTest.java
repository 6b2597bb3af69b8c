package dev.stratum.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.stratum.finding.Report;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuppressionsTest {
    @TempDir
    Path root;

    @Test
    void annotationAndCommentSuppressionsMoveFindingsToSuppressed() {
        AuditedTree tree = new AuditedTree(root);
        tree.write("src/main/java/app/Printer.java", """
                package app;
                class Printer {
                    @SuppressWarnings("stratum:MO005")
                    void annotated() {
                        System.out.println("a");
                    }

                    void sameLine() {
                        System.out.println("b"); // stratum-ignore MO005: CLI output by design
                    }

                    void lineAbove() {
                        // stratum-ignore MO005, MO006: demo code
                        System.out.println("c");
                    }

                    @SuppressWarnings({"unchecked", "stratum:all"})
                    void everything() {
                        System.out.println("d");
                    }

                    void otherCheckIgnored() {
                        System.out.println("e"); // stratum-ignore MO006: wrong id, still reported
                    }
                }
                """);
        tree.write("src/main/resources/application.yml", """
                spring:
                  jpa:
                    hibernate:
                      ddl-auto: update # stratum-ignore DB001: throwaway demo database
                """);

        Report report = tree.audit();

        assertThat(report.findings()).extracting(f -> f.id() + ":" + f.line()).containsExactly("MO005:23");
        assertThat(report.suppressed()).extracting(f -> f.id() + ":" + f.line())
                .containsExactlyInAnyOrder("MO005:5", "MO005:9", "MO005:14", "MO005:19", "DB001:4");
    }

    @Test
    void suppressionCommentsParseIdsAndReasons() {
        Suppressions s = Suppressions.ofText(new String[] {"x = 1 # stratum-ignore SE002: rotated, test only",
                "<!-- stratum-ignore MO001 -->", "dependency"});
        assertThat(s.find("SE002", 1)).isEqualTo("stratum-ignore SE002: rotated, test only");
        assertThat(s.find("SE002", 2)).isNull();
        assertThat(s.find("MO001", 3)).isEqualTo("stratum-ignore MO001");
    }

    // Found by SuppressionsFuzzTest (docs/reliability.md#fuzzing): a long line of spaces took cubic time.
    @Test
    void aLongLineIsParsedInLinearTime() {
        String spaces = " ".repeat(1_000_000);
        Suppressions s = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Suppressions.ofText(new String[] {
                "x // stratum-ignore SEC001: r" + spaces + "x", "y // stratum-ignore DB1: reason" + spaces,
                "stratum-ignore A1 ".repeat(50_000)}));
        assertThat(s.find("SEC001", 1)).startsWith("stratum-ignore SEC001: r ").endsWith(" x");
        assertThat(s.find("DB1", 2)).isEqualTo("stratum-ignore DB1: reason");
        assertThat(s.find("A1", 3)).isEqualTo("stratum-ignore A1");
    }

    @Test
    void whatMayFollowTheIds() {
        Suppressions s = Suppressions.ofText(new String[] {
                "<!-- stratum-ignore CFG1: why -->", "/* stratum-ignore A1*/", "x; // stratum-ignore B2 and more",
                "x; // stratum-ignore C3 junk // stratum-ignore D4: second", "# stratum-ignore E5, all: r : s -->"});
        assertThat(s.find("CFG1", 1)).isEqualTo("stratum-ignore CFG1: why");
        assertThat(s.find("CFG1", 2)).isEqualTo("stratum-ignore CFG1: why"); // alone on its line: covers the next
        assertThat(s.find("A1", 2)).isEqualTo("stratum-ignore A1");
        assertThat(s.find("B2", 3)).isNull();
        assertThat(s.find("C3", 4)).isNull();
        assertThat(s.find("D4", 4)).isEqualTo("stratum-ignore D4: second");
        assertThat(s.find("ZZ9", 5)).isEqualTo("stratum-ignore all: r : s");
    }
}
