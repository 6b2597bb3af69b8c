package dev.stratum.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.stratum.finding.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SARIF output validates against the official SARIF 2.1.0 JSON schema (shipped in test resources). */
class SarifSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"empty", "one", "many", "warning"})
    void validates_against_sarif_2_1_0_schema(String scenario) throws IOException {
        Report report = ReportScenarios.all().get(scenario);
        StringWriter out = new StringWriter();
        new SarifReporter().write(report, out);
        JsonNode sarif = JSON.readTree(out.toString());

        List<Error> errors = schema().validate(sarif);

        assertThat(errors).extracting(Error::toString).isEmpty();
        assertThat(sarif.at("/runs/0/tool/driver/rules")).isNotEmpty();
    }

    @org.junit.jupiter.api.Test
    void rejects_an_invalid_document() throws IOException {
        JsonNode broken = JSON.readTree("{\"version\":\"2.1.0\",\"runs\":[{\"results\":[]}]}");
        assertThat(schema().validate(broken)).isNotEmpty();
    }

    @org.junit.jupiter.api.Test
    void locations_are_relative_to_srcroot_with_fingerprints() throws IOException {
        StringWriter out = new StringWriter();
        new SarifReporter().write(ReportScenarios.one(), out);
        JsonNode result = JSON.readTree(out.toString()).at("/runs/0/results/0");
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("src/main/java/com/acme/security/Tokens.java");
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(result.at("/partialFingerprints/stratum~1v1").asText()).hasSize(32);
        assertThat(result.at("/level").asText()).isEqualTo("error");
    }

    private static Schema schema() throws IOException {
        try (InputStream in = SarifSchemaTest.class.getResourceAsStream("sarif-schema-2.1.0.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        }
    }
}
