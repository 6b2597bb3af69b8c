package dev.stratum.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.core.UsageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-feature fragments of shared files: features/<id>/fragments/<target>/<section>[.ftl]. */
class FragmentsTest {
    @TempDir
    Path tmp;

    private Path template() throws IOException {
        Path dir = tmp.resolve("t");
        write(dir, "template.yaml", """
                id: frag
                version: 1.0.0
                features:
                  - { id: one, default: true }
                  - { id: two, default: true }
                  - { id: three, default: false }
                files:
                  - { path: "features/two/fragments/README.md/notes.ftl", when: "features.three" }
                """);
        write(dir, "files/README.md.ftl", """
                <#macro section name><#list fragments["README.md"][name] as text>[=text]</#list></#macro>
                # [=project.name]
                <@section "run"/>
                notes: [=fragments["README.md"].notes?size]
                """);
        write(dir, "features/one/fragments/README.md/run.ftl", "- one runs as [=project.name]\n");
        write(dir, "features/two/fragments/README.md/run", "- two runs [=literally]\n");
        write(dir, "features/two/fragments/README.md/notes.ftl", "only with three\n");
        write(dir, "features/three/fragments/README.md/run.ftl", "- three\n");
        write(dir, "features/one/one.txt", "own file\n");
        return dir;
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.createDirectories(dir.resolve(name).getParent());
        Files.writeString(dir.resolve(name), text);
    }

    private Path generate(Path template, List<String> features) {
        Path out = tmp.resolve("out");
        new Generator("1.0").generate(new ProjectSpec("svc", "org.acme", null, 17, features, Map.of(), template.toString()),
                out, true, false);
        return out;
    }

    @Test
    void sharedFilesIncludeTheSelectedFeaturesFragmentsInFeatureOrder() throws IOException {
        Path out = generate(template(), null);
        assertThat(out.resolve("README.md")).content()
                .isEqualTo("# svc\n- one runs as svc\n- two runs [=literally]\nnotes: 0\n");
        assertThat(out.resolve("one.txt")).exists();
        assertThat(out.resolve("fragments")).doesNotExist();

        Path all = generate(template(), List.of("one", "two", "three"));
        assertThat(all.resolve("README.md")).content().contains("- three\n", "notes: 1");
    }

    @Test
    void aSectionNoSelectedFeatureFillsIsAnEmptyListAndAnUnknownOneIsAnError() throws IOException {
        Path dir = template();
        assertThat(generate(dir, List.of("three")).resolve("README.md")).content().isEqualTo("# svc\n- three\nnotes: 0\n");
        write(dir, "files/README.md.ftl", "[=fragments[\"README.md\"].runs?size]\n");
        assertThatThrownBy(() -> generate(dir, null)).isInstanceOf(UsageException.class)
                .hasMessageContaining("files/README.md.ftl:1");
    }

    /** Shared files take feature text from fragments; a new conditional on a feature name belongs in one. */
    @Test
    void theBuiltInSharedFilesDoNotSwitchOnFeatureNames() throws Exception {
        Path root = Path.of(getClass().getResource("/dev/stratum/templates/builtin/spring-service/files").toURI());
        for (String shared : List.of("README.md.ftl", "src/test/java/[=project.packagePath]/AbstractIntegrationTest.java.ftl")) {
            assertThat(Files.readString(root.resolve(shared))).as(shared)
                    .doesNotContainPattern("features(\\.[a-z]|\\[[\"'])");
        }
        assertThat(root.resolve("pom.xml.ftl")).doesNotExist();
    }

    @Test
    void aFragmentOutsideTargetAndSectionIsRefused() throws IOException {
        Path dir = template();
        write(dir, "features/one/fragments/README.md/deep/run.ftl", "x");
        assertThatThrownBy(() -> generate(dir, null))
                .hasMessage("template 'frag': features/one/fragments/README.md/deep/run.ftl is not features/one/fragments"
                        + "/<target>/<section>[.ftl] with a section name of letters, digits and _");
    }
}
