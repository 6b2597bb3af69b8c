package dev.stratum.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.core.UsageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile templates: they must not reach Java, files outside the template, or paths outside the target. */
class TemplateLockdownTest {
    @TempDir
    Path tmp;

    private Path template(String fileName, String content) throws IOException {
        Path root = tmp.resolve("evil-template");
        Files.createDirectories(root.resolve("files"));
        Files.writeString(root.resolve("template.yaml"), "id: evil\nversion: 1.0.0\n");
        Path file = root.resolve("files").resolve(fileName);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return root;
    }

    private void generate(Path template) {
        new Generator("1").generate(new ProjectSpec("victim", null, null, 17, null, Map.of(), template.toString()),
                tmp.resolve("out"), false, false);
    }

    @Test
    void newBuiltinCannotInstantiateClasses() throws IOException {
        Path t = template("a.txt.ftl", "<#assign ex = \"freemarker.template.utility.Execute\"?new()>[=ex(\"id\")]");
        assertThatThrownBy(() -> generate(t)).isInstanceOf(UsageException.class).hasMessageContaining("a.txt.ftl");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void apiBuiltinIsDisabled() throws IOException {
        Path t = template("a.txt.ftl", "[=project?api.getClass().getName()]");
        assertThatThrownBy(() -> generate(t)).isInstanceOf(UsageException.class);
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void includesCannotLeaveTheTemplateDirectory() throws IOException {
        Files.writeString(tmp.resolve("secret.txt"), "TOP SECRET");
        Path t = template("a.txt.ftl", "<#include \"../../secret.txt\">");
        assertThatThrownBy(() -> generate(t)).isInstanceOf(UsageException.class);
        Path abs = template("b.txt.ftl", "<#include \"/etc/passwd\">");
        assertThatThrownBy(() -> generate(abs)).isInstanceOf(UsageException.class);
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void renderedPathsCannotEscapeTheTarget() throws IOException {
        Path t = template("[=\"..\"]/[=\"..\"]/escaped.txt", "x");
        assertThatThrownBy(() -> generate(t)).isInstanceOf(UsageException.class).hasMessageContaining("escapes");
        assertThat(tmp.resolve("out")).doesNotExist();
        assertThat(tmp.getParent().resolve("escaped.txt")).doesNotExist();
    }

    @Test
    void renderedPathsCannotBeAbsolute() throws IOException {
        Path t = template("[=\"\"]/tmp/stratum-abs.txt", "x");
        assertThatThrownBy(() -> generate(t)).isInstanceOf(UsageException.class);
        assertThat(Path.of("/tmp/stratum-abs.txt")).doesNotExist();
    }

    @Test
    void symbolicLinksInTemplatesAreRefused() throws IOException {
        Path t = template("ok.txt", "x");
        Files.createSymbolicLink(t.resolve("files/passwd"), Path.of("/etc/passwd"));
        assertThatThrownBy(() -> generate(t)).isInstanceOf(UsageException.class).hasMessageContaining("symbolic link");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void malformedDescriptorIsAOneLineUsageError() throws IOException {
        Path t = template("ok.txt", "x");
        Files.writeString(t.resolve("template.yaml"), "id: evil\nversion: 1\nfeaturez: []\n");
        assertThatThrownBy(() -> generate(t)).isInstanceOf(UsageException.class)
                .hasMessageContaining("template.yaml:3").hasMessageContaining("unknown key 'featurez'");
    }
}
