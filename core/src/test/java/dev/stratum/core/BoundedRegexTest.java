package dev.stratum.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BoundedRegexTest {
    @Test
    void matchesLikeTheEngine() {
        assertThat(BoundedRegex.matches(Pattern.compile("[A-Z]{3}(-\\d+)?"), "ABC-12", "option 'code'")).isTrue();
        assertThat(BoundedRegex.matches(Pattern.compile("[A-Z]{3}"), "ABCD", "option 'code'")).isFalse();
        assertThat(BoundedRegex.matches(Pattern.compile("a.*b"), "a" + "x".repeat(200_000) + "b", "x")).isTrue();
    }

    @Test
    void catastrophicBacktrackingFailsFastInsteadOfHanging() {
        Pattern evil = Pattern.compile("(.*a){12}");
        assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThatThrownBy(() -> BoundedRegex.matches(evil, "a".repeat(40) + "b", "option 'code'"))
                        .isInstanceOf(UsageException.class)
                        .hasMessage("option 'code': pattern /(.*a){12}/ needs too much backtracking to match a value of 41"
                                + " characters; simplify the pattern"));
    }
}
