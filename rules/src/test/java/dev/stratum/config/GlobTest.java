package dev.stratum.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Glob} means what the JDK's "glob:" matcher means, in linear time. */
class GlobTest {
    private static final List<String> GLOBS = List.of("legacy/**", "**/generated/**", "*.java", "src/*/x?.java",
            "{a,b}/**", "[a-c]*/[!x]*", "**", "a\\*b", "**/*.{java,kt}", "[-a]x", "a/**/b", "*", "**/", ".hidden/*");
    private static final List<String> PATHS = List.of("legacy/x/y.java", "legacy", "a/generated/b", "generated/x",
            "X.java", "src/m/x1.java", "src/m/n/x1.java", "a/q", "b/q/r", "c/q", "bz/y", "bz/x", "a*b", "axb", "p/Q.kt",
            "-x", "ax", "a/b", "a/x/y/b", "ab", "x/", ".hidden/f", "+hidden/f");

    @Test
    void matchesLikeTheJdkGlob() {
        for (String g : GLOBS) {
            PathMatcher jdk = FileSystems.getDefault().getPathMatcher("glob:" + g);
            Glob mine = Glob.of(g);
            for (String p : PATHS) {
                assertThat(mine.matches(Path.of(p))).as("%s ~ %s", g, p).isEqualTo(jdk.matches(Path.of(p)));
            }
        }
    }

    @Test
    void manyDoubleStarsAgainstADeepPathFinishInLinearTime() {
        Glob glob = Glob.of("**/".repeat(14) + "x");
        String deep = "d/".repeat(40) + "y";
        long start = System.nanoTime();
        assertThat(glob.matches(deep)).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void malformedGlobsSayWhatIsWrong() {
        assertThatThrownBy(() -> Glob.of("[abc")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("]");
        assertThatThrownBy(() -> Glob.of("{a,{b}}")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nest");
        assertThatThrownBy(() -> Glob.of("a\\")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("escape");
    }
}
