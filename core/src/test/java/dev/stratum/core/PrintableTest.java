package dev.stratum.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which characters are made visible, and how. */
class PrintableTest {
    @Test
    void c0DelC1SeparatorsAndBidiControlsBecomeVisibleEscapes() {
        assertThat(Printable.escape("a\u001b[31mb\u007fc\u009bd\u2028e\u202ef\u2066g\tz\r\n"))
                .isEqualTo("a\\x1b[31mb\\x7fc\\x9bd\\u2028e\\u202ef\\u2066g\\tz\\r\\n");
        assertThat(Printable.escapeKeepingNewlines("one\ntwo\u0007")).isEqualTo("one\ntwo\\x07");
    }

    @Test
    void ordinaryTextIncludingNonAsciiIsUnchanged() {
        String text = "caf\u00e9 \u65e5\u672c \ud83d\ude00 C:\\path <b> & \"q\"";
        assertThat(Printable.escape(text)).isSameAs(text);
    }
}
