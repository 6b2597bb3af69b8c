package dev.stratum.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SafePathsTest {
    private final Path root = Path.of("/work/out");

    @ParameterizedTest
    @ValueSource(strings = {"../x", "a/../../x", "/etc/passwd", "", ".", "a/..", "x\0y"})
    void refusesNamesOutsideTheRoot(String name) {
        assertThatThrownBy(() -> SafePaths.resolveInside(root, name)).isInstanceOf(UsageException.class);
    }

    @Test
    void resolvesNamesInside() {
        assertThat(SafePaths.resolveInside(root, "a/./b/../c.txt")).isEqualTo(Path.of("/work/out/a/c.txt"));
    }
}
