package dev.stratum.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.stratum.core.UsageException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TemplateOptionTest {
    private static TemplateOption withPattern(String pattern, boolean secret) {
        return new TemplateOption("code", "string", null, null, null, null, pattern, null, secret);
    }

    @Test
    void patternsStillMatch() {
        assertThat(withPattern("[A-Z]{3}", false).coerce("ABC")).isEqualTo("ABC");
        assertThatThrownBy(() -> withPattern("[A-Z]{3}", false).coerce("abc")).hasMessageContaining("does not match");
    }

    // A template's pattern is its author's; a backtracking one used to hang `stratum new` (docs/reliability.md#fuzzing).
    @Test
    void aBacktrackingPatternFailsFastWithoutShowingTheValue() {
        TemplateOption option = withPattern("(.*a){12}", true);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThatThrownBy(() -> option.coerce("a".repeat(40) + "!"))
                        .isInstanceOf(UsageException.class)
                        .hasMessageContaining("option 'code': pattern /(.*a){12}/ needs too much backtracking")
                        .hasMessageNotContaining("aaaa!"));
    }
}
