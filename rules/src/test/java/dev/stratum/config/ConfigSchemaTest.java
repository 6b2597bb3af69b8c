package dev.stratum.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** docs/stratum.schema.json describes the config records and accepts the project's own stratum.yaml files. */
class ConfigSchemaTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    static Schema schema() throws IOException {
        try (InputStream in = Files.newInputStream(ROOT.resolve("docs/stratum.schema.json"))) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
    }

    @Test
    void schema_names_exactly_the_keys_of_the_config_records() throws IOException {
        JsonNode defs = new ObjectMapper().readTree(ROOT.resolve("docs/stratum.schema.json").toFile()).path("definitions");
        assertThat(keys(defs.path("check").path("properties")))
                .as("docs/stratum.schema.json definitions.check must list every CheckConfig field").isEqualTo(components(CheckConfig.class));
        assertThat(keys(defs.path("audit").path("properties")))
                .as("docs/stratum.schema.json definitions.audit must list every AuditConfig field").isEqualTo(components(AuditConfig.class));
    }

    @Test
    void project_configs_validate() throws IOException {
        Schema schema = schema();
        for (Path file : List.of(ROOT.resolve("stratum.yaml"), ROOT.resolve("samples/layered-shop/stratum.yaml"),
                ROOT.resolve("samples/clean-shop/stratum.yaml"))) {
            JsonNode yaml = new YAMLMapper().readTree(file.toFile());
            List<Error> errors = schema.validate(yaml);
            assertThat(errors).as(file.toString()).extracting(Error::toString).isEmpty();
        }
    }

    @Test
    void schema_rejects_unknown_keys_and_presets() throws IOException {
        Schema schema = schema();
        assertThat(schema.validate(new YAMLMapper().readTree("check:\n  layerz: {}\n"))).isNotEmpty();
        assertThat(schema.validate(new YAMLMapper().readTree("check:\n  presets: [securty]\n"))).isNotEmpty();
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new TreeSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static Set<String> components(Class<?> record) {
        Set<String> names = new TreeSet<>();
        Arrays.stream(record.getRecordComponents()).forEach(c -> names.add(c.getName()));
        return names;
    }
}
