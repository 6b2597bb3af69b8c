package dev.stratum.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.finding.RuleMeta;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The registry's metadata is complete and docs/checks.md is generated from it. */
class ChecksCatalogTest {
    static final Path DOC = Path.of("..", "docs", "checks.md");

    @Test
    void everyCheckHasCompleteMetadataAndAUniqueId() {
        List<RuleMeta> checks = CheckRegistry.metadata();
        assertThat(checks).hasSizeGreaterThanOrEqualTo(30);
        Set<String> ids = new HashSet<>();
        for (RuleMeta m : checks) {
            assertThat(ids.add(m.id())).as("duplicate id %s", m.id()).isTrue();
            assertThat(m.id()).matches("[A-Z]{2}\\d{3}");
            assertThat(AuditArea.ALL).contains(m.area());
            assertThat(List.of(m.title(), m.why(), m.fix(), m.badExample(), m.goodExample()))
                    .as("metadata of %s", m.id()).allSatisfy(s -> assertThat(s).isNotBlank());
            // issue 10: every audit check says what it reads and what it cannot see (RuleMeta.scope)
            assertThat(List.of(m.reads(), m.blindSpots())).as("scope of %s", m.id())
                    .allSatisfy(s -> assertThat(s).isNotBlank());
        }
        for (String area : AuditArea.ALL) {
            assertThat(checks).as("checks in %s", area).filteredOn(m -> m.area().equals(area)).hasSizeGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void checksDocIsUpToDate() throws IOException {
        String expected = ChecksCatalog.markdown(CheckRegistry.metadata());
        if (Boolean.getBoolean("stratum.updateDocs")) {
            Files.writeString(DOC, expected);
        }
        assertThat(DOC).as("docs/checks.md is out of date: run mvn -pl rules test -Dtest=ChecksCatalogTest "
                + "-Dstratum.updateDocs=true").exists();
        assertThat(Files.readString(DOC)).as("docs/checks.md is out of date: run mvn -pl rules test "
                + "-Dtest=ChecksCatalogTest -Dstratum.updateDocs=true").isEqualTo(expected);
    }
}
