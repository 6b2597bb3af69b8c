package dev.stratum.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes suppression parsing: {@code stratum-ignore ID: reason} comments in any text file ({@link Suppressions#ofText})
 * and, when the text parses as Java, {@code @SuppressWarnings("stratum:ID")} too ({@link Suppressions#of}). Contract:
 * never throws, and every lookup answers. Property: the documented comment form, appended to any line, suppresses
 * its id on that line.
 */
class SuppressionsFuzzTest {
    private static final ParserConfiguration JAVA = new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25).setAttributeComments(true);
    private static final String[] IDS = {"SEC001", "all", "DB12", "x1", ""};

    @FuzzTest
    void suppressionComments(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n|\r|\n", -1);
        lookups(Suppressions.ofText(lines), lines.length);

        ParseResult<CompilationUnit> parsed;
        try {
            parsed = new JavaParser(JAVA).parse(text);
        } catch (RuntimeException | StackOverflowError e) {
            return; // JavaParser's own failure; the audit reports such files as unreadable
        }
        if (parsed.isSuccessful() && parsed.getResult().isPresent()) {
            lookups(Suppressions.of(new SourceFile("Fuzz.java", parsed.getResult().get(), text)), lines.length);
        }

        // The documented form works after any code on the line (one line: the reason cannot span lines).
        String code = lines[0];
        if (!code.contains("stratum-ignore")) {
            String line = code + " // stratum-ignore SEC001: " + (lines.length > 1 ? lines[1] : "reason");
            assertThat(Suppressions.ofText(new String[] {line}).find("SEC001", 1)).as(line).isNotNull();
        }
    }

    private static void lookups(Suppressions suppressions, int lineCount) {
        for (String id : IDS) {
            for (int line = 0; line <= Math.min(lineCount + 1, 50); line++) {
                suppressions.find(id, line);
            }
        }
    }
}
