package dev.stratum.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.core.UsageException;
import org.junit.jupiter.api.Test;

class JvmFlagsTest {
    @Test
    void splitsOnBlanksHonouringQuotesAndBackslashes() {
        assertThat(JvmFlags.split("  -Xmx1g\t-XX:+UseZGC ")).containsExactly("-Xmx1g", "-XX:+UseZGC");
        assertThat(JvmFlags.split("-Dgreeting='hello world' -Da=\"b c\" -Dd=e\\ f"))
                .containsExactly("-Dgreeting=hello world", "-Da=b c", "-Dd=e f");
        assertThat(JvmFlags.split("-Dq=\"say \\\"hi\\\" \\n\"")).containsExactly("-Dq=say \"hi\" \\n");
        assertThat(JvmFlags.split("-Dx='a\"b'")).containsExactly("-Dx=a\"b");
        assertThat(JvmFlags.split("-Dempty='' ")).containsExactly("-Dempty=");
        assertThat(JvmFlags.split("")).isEmpty();
    }

    @Test
    void unbalancedQuotesAndTrailingBackslashesAreUsageErrors() {
        assertThatThrownBy(() -> JvmFlags.split("-Dx='oops")).isInstanceOf(UsageException.class)
                .hasMessageContaining("--jvm-flags").hasMessageContaining("unbalanced single quote");
        assertThatThrownBy(() -> JvmFlags.split("-Dx=\"oops")).isInstanceOf(UsageException.class)
                .hasMessageContaining("unbalanced double quote");
        assertThatThrownBy(() -> JvmFlags.split("-Dx=a\\")).isInstanceOf(UsageException.class)
                .hasMessageContaining("trailing backslash");
    }
}
