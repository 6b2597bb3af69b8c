package dev.stratum.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureResolverTest {
    private final TemplateDescriptor template = new TemplateDescriptor("t", "1", "", List.of(), List.of(
            feature("web", true, List.of(), List.of()),
            feature("cache-a", true, List.of(), List.of("cache-b")),
            feature("cache-b", false, List.of(), List.of("cache-a")),
            feature("security", true, List.of("web"), List.of())), List.of(), List.of(), null);

    private static FeatureDef feature(String id, boolean byDefault, List<String> requires, List<String> conflicts) {
        return new FeatureDef(id, "", byDefault, requires, conflicts, null, null, null, null, null, null);
    }

    private List<String> ids(List<String> requested) {
        return FeatureResolver.resolve(template, requested).stream().map(FeatureDef::id).toList();
    }

    @Test
    void defaultsWhenNothingRequested() {
        assertThat(ids(null)).containsExactly("web", "cache-a", "security");
    }

    @Test
    void plainListReplacesDefaultsInDeclarationOrder() {
        assertThat(ids(List.of("security,web"))).containsExactly("web", "security");
    }

    @Test
    void plusMinusAdjustsDefaults() {
        assertThat(ids(List.of("+cache-b", "-cache-a"))).containsExactly("web", "cache-b", "security");
    }

    @Test
    void conflictsRequirementsAndUnknownsAreNamed() {
        assertThatThrownBy(() -> ids(List.of("+cache-b"))).hasMessageContaining("'cache-a' and 'cache-b' conflict");
        assertThatThrownBy(() -> ids(List.of("security"))).hasMessageContaining("'security' requires 'web'");
        assertThatThrownBy(() -> ids(List.of("web", "kafka"))).hasMessageContaining("unknown feature 'kafka'")
                .hasMessageContaining("web, cache-a, cache-b, security");
        assertThatThrownBy(() -> ids(List.of("web", "-security"))).hasMessageContaining("mixes");
    }
}
