package dev.stratum.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.core.UsageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The total output limit, with limits small enough to reach quickly. */
class RenderLimitsTest {
    @TempDir
    Path tmp;

    @Test
    void filesTogetherOverTheTotalLimitAreRefusedAndNothingIsWritten() throws IOException {
        Path root = Files.createDirectories(tmp.resolve("t/files"));
        Files.writeString(root.getParent().resolve("template.yaml"), "id: big\nversion: 1\n");
        for (int i = 0; i < 5; i++) {
            Files.writeString(root.resolve("f" + i + ".txt.ftl"), "<#list 1..300 as i>" + "x".repeat(1000) + "</#list>");
        }
        RenderLimits small = new RenderLimits(Duration.ofSeconds(10), 1L << 20, 1L << 20, 4L << 20);
        Generator generator = new Generator("1", small);
        ProjectSpec spec = new ProjectSpec("victim", null, null, 17, null, Map.of(), root.getParent().toString());

        assertThatThrownBy(() -> generator.generate(spec, tmp.resolve("out"), false, false))
                .isInstanceOf(UsageException.class).hasMessageContaining("together exceed 1 MiB");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void theRenderTimeoutFlagIsBounded() {
        assertThatThrownBy(() -> RenderLimits.defaults().withTimeout(Duration.ZERO)).hasMessageContaining("--render-timeout");
        assertThat(RenderLimits.defaults().withTimeout(Duration.ofSeconds(3)).timeoutText()).isEqualTo("3 s");
    }
}
