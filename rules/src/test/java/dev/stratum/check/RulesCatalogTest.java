package dev.stratum.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.finding.RuleMeta;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every rule has complete metadata and docs/rules.md is generated from it (and names every rule id). */
class RulesCatalogTest {
    static final Path DOC = Path.of("..", "docs", "rules.md");

    static List<RuleMeta> all() {
        List<RuleMeta> all = new ArrayList<>(Presets.configRules());
        Presets.catalogue().values().forEach(all::addAll);
        return all;
    }

    @Test
    void every_rule_has_why_fix_and_examples() {
        assertThat(all()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.id()).matches("[a-z][a-z-]+");
            assertThat(List.of(r.title(), r.why(), r.fix(), r.badExample(), r.goodExample()))
                    .as("metadata of %s", r.id()).allSatisfy(t -> assertThat(t).isNotBlank());
        });
        assertThat(Presets.names()).containsExactly("spring", "security", "general");
    }

    @Test
    void rules_doc_is_up_to_date_and_names_every_rule() throws IOException {
        String expected = RulesCatalog.markdown();
        if (Boolean.getBoolean("stratum.updateDocs")) {
            Files.writeString(DOC, expected);
        }
        String hint = "docs/rules.md is out of date: run mvn -pl rules test -Dtest=RulesCatalogTest -Dstratum.updateDocs=true";
        assertThat(DOC).as(hint).exists();
        String doc = Files.readString(DOC);
        all().forEach(r -> assertThat(doc).as(hint).contains("### " + r.id()));
        assertThat(doc).as(hint).isEqualTo(expected);
    }
}
