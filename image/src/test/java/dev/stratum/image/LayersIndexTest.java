package dev.stratum.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.core.InputException;
import dev.stratum.testsupport.SpringBootJarFixture;
import org.junit.jupiter.api.Test;

class LayersIndexTest {
    private final LayersIndex index = LayersIndex.parse(SpringBootJarFixture.LAYERS_IDX, "layers.idx");

    @Test
    void keepsTheLayerOrderOfTheIndex() {
        assertThat(index.layers().keySet())
                .containsExactly("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");
    }

    @Test
    void matchesExactNamesAndDirectoryPrefixes() {
        assertThat(index.layerOf("BOOT-INF/lib/dep-a-1.0.jar")).isEqualTo("dependencies");
        assertThat(index.layerOf("BOOT-INF/lib/snap-1.0-SNAPSHOT.jar")).isEqualTo("snapshot-dependencies");
        assertThat(index.layerOf("org/springframework/boot/loader/launch/JarLauncher.class")).isEqualTo("spring-boot-loader");
        assertThat(index.layerOf("BOOT-INF/classes/com/example/App.class")).isEqualTo("application");
    }

    @Test
    void unlistedEntriesGoToTheLastLayer() {
        assertThat(index.layerOf("something/else.txt")).isEqualTo("application");
    }

    @Test
    void defaultLayersSplitLibrariesLoaderAndApplication() {
        assertThat(LayersIndex.DEFAULT.layerOf("BOOT-INF/lib/x.jar")).isEqualTo("dependencies");
        assertThat(LayersIndex.DEFAULT.layerOf("org/springframework/boot/loader/launch/JarLauncher.class"))
                .isEqualTo("spring-boot-loader");
        assertThat(LayersIndex.DEFAULT.layerOf("BOOT-INF/classes/App.class")).isEqualTo("application");
    }

    @Test
    void malformedIndexNamesTheLine() {
        assertThatThrownBy(() -> LayersIndex.parse("- \"dependencies\":\n  oops\n", "x.jar!/BOOT-INF/layers.idx"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("x.jar!/BOOT-INF/layers.idx:2");
    }
}
