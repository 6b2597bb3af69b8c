package dev.stratum.audit.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BootVersionTest {
    @ParameterizedTest
    @ValueSource(strings = {"3.3.1", " 3.3.1 ", "3.3", "3.3.0-RC1", "3.3.0-SNAPSHOT", "3.3.0.RELEASE", "3.3.x"})
    void releasesPreReleasesAndOldQualifiersAreThreePointThree(String text) {
        assertThat(BootVersion.parse(text)).get().satisfies(v -> {
            assertThat(v.major()).isEqualTo(3);
            assertThat(v.minor()).isEqualTo(3);
            assertThat(v.atLeast(3, 3)).isTrue();
            assertThat(v.atLeast(3, 4)).isFalse();
            assertThat(v.atLeast(2, 7)).isTrue();
            assertThat(v.atLeast(4, 0)).isFalse();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "3", "3_2", "3RC.1", "${boot.version}", "[3.2,3.3)", "v3.2.0", "99999999999.1", "3.2 .1"})
    void anythingElseIsUnknown(String text) {
        assertThat(BootVersion.parse(text)).isEmpty();
    }
}
