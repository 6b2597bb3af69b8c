package dev.stratum.finding;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link Fingerprints}: never throws, always 32 hex digits, deterministic; and what baselines rely on: the
 * fingerprint does not change when only a line number ({@code Foo.java:42}), a synthetic number ({@code Foo$1},
 * {@code lambda$run$0}) or the amount of whitespace changes, and it does change with the rule id.
 */
class FingerprintsFuzzTest {
    @FuzzTest
    void fingerprints(FuzzedDataProvider in) {
        String rule = in.consumeString(20);
        String file = in.consumeBoolean() ? null : in.consumeString(60);
        String before = noLeadingDigit(in.consumeString(80));
        String after = noLeadingDigit(in.consumeString(80));
        int line = in.consumeInt(0, 999_999);
        int moved = in.consumeInt(0, 999_999);
        String ext = in.pickValue(new String[] {".java:", ".kt:", ".class:"});

        String target = before + ext + line + after;
        String fingerprint = Fingerprints.of(rule, file, target);
        assertThat(fingerprint).matches("[0-9a-f]{32}").isEqualTo(Fingerprints.of(rule, file, target));
        assertThat(Fingerprints.of(rule, file, before + ext + moved + after)).as("line moved: %s -> %s", target, before + ext + moved + after).isEqualTo(fingerprint);

        String synthetic = before + "$" + line + after;
        assertThat(Fingerprints.of(rule, file, before + "$" + moved + after)).as("synthetic renumbered")
                .isEqualTo(Fingerprints.of(rule, file, synthetic));

        assertThat(Fingerprints.of(rule, file, " \t" + target.replace(" ", " \t  ") + "\n"))
                .as("whitespace").isEqualTo(fingerprint);
        assertThat(Fingerprints.of(rule + "X", file, target)).as("rule id").isNotEqualTo(fingerprint);
    }

    private static String noLeadingDigit(String s) {
        return !s.isEmpty() && Character.isDigit(s.charAt(0)) ? "_" + s : s;
    }
}
