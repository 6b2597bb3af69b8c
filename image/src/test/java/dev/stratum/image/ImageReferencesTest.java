package dev.stratum.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.core.UsageException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageReferencesTest {
    private static final String HEX = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    @ParameterizedTest
    @ValueSource(strings = {"demo", "demo:1", "ghcr.io/acme/demo:1.0", "127.0.0.1:5000/a/b-c__d.e:latest",
        "localhost/x", "localhost:5000/x", "eclipse-temurin:21-jre@sha256:" + HEX})
    void acceptsValidReferences(String ref) {
        assertThat(ImageReferences.parse(ref, "--to")).isNotNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "127.0.0.1:5000/Demo:1|must be lower-case",
        "demo:-bad|tag -bad is not valid",
        "demo:a/b|port",
        "r.io/a$b|repository component",
        "r.io//demo|empty path component",
        "r.io/demo/|empty path component",
        "demo@sha256:abc|is not valid (expected sha256:",
        "demo@md5:" + "0123456789abcdef0123456789abcdef|digest",
        "r.io:99999/demo|port",
        "bad_host.io/demo|not a valid host name",
        "de mo|no spaces",
        "[::1]:5000/x:1|IPv6"})
    void refusesInvalidReferencesNamingTheProblem(String ref, String problem) {
        assertThatThrownBy(() -> ImageReferences.parse(ref, "--to")).isInstanceOf(UsageException.class)
                .hasMessageStartingWith("--to ").hasMessageContaining(problem);
    }

    @ParameterizedTest
    @ValueSource(ints = {256, 5000})
    void refusesNamesOverTheRegistryLimitWithoutEchoingThem(int length) {
        String ref = "127.0.0.1:5000/" + "a".repeat(length) + ":1";
        assertThatThrownBy(() -> ImageReferences.parse(ref, "--to")).isInstanceOf(UsageException.class)
                .hasMessageContaining("at most 255").satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
    }

    @ParameterizedTest
    @ValueSource(ints = {128})
    void acceptsTheLongestTagAndNameAndRefusesOneMore(int max) {
        assertThat(ImageReferences.parse("a".repeat(255) + ":" + "t".repeat(max), "--to")).isNotNull();
        assertThatThrownBy(() -> ImageReferences.parse("demo:" + "t".repeat(max + 1), "--to"))
                .hasMessageContaining("the limit is 128");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void emptyIsAUsageError(String ref) {
        assertThatThrownBy(() -> ImageReferences.parse(ref, "--to")).isInstanceOf(UsageException.class)
                .hasMessageContaining("empty image reference");
    }
}
