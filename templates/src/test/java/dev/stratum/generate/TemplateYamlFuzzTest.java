package dev.stratum.generate;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.stratum.core.SafeYaml;
import dev.stratum.core.StratumException;
import dev.stratum.testsupport.ParserContract;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the two YAML files of {@code stratum new} written by others: an answers file ({@link Answers#read}) and a
 * template's {@code template.yaml} (read and validated as {@link TemplateSource} does). Each input is fed to both;
 * either a value comes back or a one-line {@link StratumException}. A descriptor that validates must also coerce
 * any answer to its options within the contract (option patterns are the template author's regular expressions).
 */
class TemplateYamlFuzzTest {
    @TempDir
    Path dir;

    @FuzzTest
    void answersAndTemplateYaml(byte[] data) throws Exception {
        Path answers = Files.write(dir.resolve("answers.yaml"), data);
        ParserContract.returnsOrFails(StratumException.class, () -> Answers.read(answers, java.io.InputStream.nullInputStream()));

        String text = new String(data, java.nio.charset.StandardCharsets.UTF_8);
        TemplateDescriptor descriptor = ParserContract.returnsOrFails(StratumException.class, () -> {
            TemplateDescriptor d = SafeYaml.read(text, "template.yaml", TemplateDescriptor.class);
            d.validate("template.yaml");
            return d;
        });
        if (descriptor == null) {
            return;
        }
        for (TemplateOption option : descriptor.options()) {
            for (String raw : new String[] {option.description(), option.name(), String.valueOf(option.defaultValue())}) {
                ParserContract.returnsOrFails(StratumException.class, () -> option.coerce(raw));
            }
        }
    }
}
