package dev.stratum.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What each human-readable format does beyond {@link dev.stratum.core.Printable}'s escapes. */
class ReporterEscapingTest {
    @Test
    void junitXmlDropsWhatXmlCannotCarry() {
        assertThat(JunitReporter.esc("ok\ud800x\uffffy\ud83d\ude00")).isEqualTo("okxy\ud83d\ude00");
        assertThat(JunitReporter.attr("a\u001bb")).isEqualTo("a\\x1bb");
    }

    @Test
    void markdownCellsCannotOpenLinksTagsOrRows() {
        assertThat(MarkdownReporter.cell("[x](http://e) <img> | *b*")).isEqualTo("\\[x\\](http://e) \\<img\\> \\| \\*b\\*");
        assertThat(MarkdownReporter.code("a`b")).isEqualTo("``a`b``");
        assertThat(MarkdownReporter.code("p|q")).isEqualTo("`p\\|q`");
    }
}
