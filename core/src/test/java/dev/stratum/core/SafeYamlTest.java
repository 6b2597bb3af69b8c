package dev.stratum.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeYamlTest {
    record Sample(String name, List<String> items) {
    }

    @TempDir
    Path tmp;

    private Path file(String yaml) throws IOException {
        return Files.writeString(tmp.resolve("stratum.yaml"), yaml);
    }

    @Test
    void readsTypedValues() throws IOException {
        Sample s = SafeYaml.read(file("name: a\nitems: [x, y]\n"), Sample.class);
        assertThat(s).isEqualTo(new Sample("a", List.of("x", "y")));
    }

    @Test
    void unknownKeyNamesKeyLineAndKnownKeys() throws IOException {
        Path f = file("name: a\n\nitemz: [x]\n");
        assertThatThrownBy(() -> SafeYaml.read(f, Sample.class))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith(f + ":3:")
                .hasMessageContaining("unknown key 'itemz'")
                .hasMessageContaining("known keys: items, name");
    }

    @Test
    void aliasBombIsRefused() throws IOException {
        StringBuilder y = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'k'; c++) {
            y.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 10; i++) {
                y.append(i == 0 ? "" : ", ").append('*').append(prev);
            }
            y.append("]\n");
            prev = c;
        }
        Path f = file(y.toString());
        assertThatThrownBy(() -> SafeYaml.readTree(f)).isInstanceOf(UsageException.class).hasMessageContaining(f.toString());
    }

    @Test
    void oversizedFileIsRefusedBeforeParsing() throws IOException {
        Path f = file("name: \"" + "x".repeat(SafeYaml.MAX_BYTES) + "\"\n");
        assertThatThrownBy(() -> SafeYaml.readTree(f)).isInstanceOf(UsageException.class).hasMessageContaining("larger than");
    }

    @Test
    void duplicateKeysAndSyntaxErrorsAreOneLine() throws IOException {
        Path dup = file("name: a\nname: b\n");
        assertThatThrownBy(() -> SafeYaml.read(dup, Sample.class)).isInstanceOf(UsageException.class)
                .hasMessageContaining("name");
        Path broken = file("name: [unclosed\n");
        assertThatThrownBy(() -> SafeYaml.readTree(broken)).isInstanceOf(UsageException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void devicesAndDirectoriesAreRefusedWithoutReadingThem() {
        assertThatThrownBy(() -> SafeYaml.readTree(Path.of("/dev/zero"))).isInstanceOf(UsageException.class)
                .hasMessageContaining("not a regular file");
        assertThatThrownBy(() -> SafeYaml.readTree(tmp)).isInstanceOf(UsageException.class)
                .hasMessageContaining("is a directory");
    }

    @Test
    void missingFileIsAUsageError() {
        assertThatThrownBy(() -> SafeYaml.readTree(tmp.resolve("nope.yaml"))).hasMessageContaining("file not found");
    }

    // Found by SafeYamlFuzzTest (docs/reliability.md#fuzzing).
    @Test
    void messagesAreOneLineWhateverTheFileHolds() {
        assertThatThrownBy(() -> SafeYaml.read("\"it\\temz\\u2028\\nx\": [x]\n", "s.yaml", Sample.class))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("unknown key 'it\temz\\u2028\\nx'")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n", "\u2028"));
    }

    @Test
    void onlyCommentsHasNoContent() {
        assertThat(SafeYaml.hasContent("# nothing\n\n")).isFalse();
        assertThat(SafeYaml.hasContent("a: 1 # x\n")).isTrue();
    }

    // Found by SafeYamlFuzzTest in the long run: an empty unknown key was a StringIndexOutOfBoundsException.
    @Test
    void anEmptyUnknownKeyIsAUsageError() {
        assertThatThrownBy(() -> SafeYaml.read("name: a\n\"\": 1\n", "s.yaml", Sample.class))
                .isInstanceOf(UsageException.class).hasMessageContaining("s.yaml:2:").hasMessageContaining("unknown key ''");
        assertThatThrownBy(() -> SafeYaml.read("?\n-:", "s.yaml", Sample.class)).isInstanceOf(UsageException.class);
    }
}
