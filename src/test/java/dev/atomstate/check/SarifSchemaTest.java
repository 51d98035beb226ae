package dev.atomstate.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.atomstate.testing.CliRun;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code check --format sarif} validates against the SARIF 2.1.0 JSON schema (src/test/resources/sarif, the
 * 2.1.0 rtm.5 schema as shipped in the npm package @microsoft/jest-sarif), and carries what code scanning reads.
 */
class SarifSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonSchema schema() throws Exception {
        try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }

    private static JsonNode sarif(Path cwd, String... files) throws Exception {
        String[] args = new String[files.length + 3];
        args[0] = "check";
        args[1] = "--format";
        args[2] = "sarif";
        System.arraycopy(files, 0, args, 3, files.length);
        CliRun.Result r = CliRun.run(cwd, Map.of("ATOMSTATE_NOW", RuleFixturesTest.NOW), args);
        assertThat(r.err()).isEmpty();
        return JSON.readTree(r.out());
    }

    @Test
    void findingsOfEveryRuleValidate() throws Exception {
        Path root = RuleFixturesTest.root();
        String[] triggers;
        try (var s = Files.list(root)) {
            triggers = s.filter(Files::isDirectory).map(d -> root.relativize(d.resolve("trigger.md")).toString()).sorted().toArray(String[]::new);
        }
        JsonNode doc = sarif(root, triggers);
        Set<ValidationMessage> errors = schema().validate(doc);
        assertThat(errors).as("schema violations").isEmpty();

        assertThat(doc.path("version").asText()).isEqualTo("2.1.0");
        JsonNode run = doc.path("runs").get(0);
        JsonNode rules = run.path("tool").path("driver").path("rules");
        assertThat(rules.size()).isEqualTo(Rules.all().size());
        JsonNode results = run.path("results");
        assertThat(results.size()).isGreaterThanOrEqualTo(Rules.all().size());
        for (JsonNode result : results) {
            String id = result.path("ruleId").asText();
            assertThat(rules.get(result.path("ruleIndex").asInt()).path("id").asText()).isEqualTo(id);
            assertThat(result.path("level").asText()).isIn("error", "warning", "note");
            JsonNode loc = result.path("locations").get(0).path("physicalLocation");
            assertThat(loc.path("artifactLocation").path("uri").asText()).endsWith("/trigger.md").doesNotStartWith("/");
            assertThat(loc.path("region").path("startLine").asInt()).isPositive();
            assertThat(loc.path("region").path("startColumn").asInt()).isPositive();
        }
    }

    @Test
    void aCleanRunValidatesWithNoResults() throws Exception {
        JsonNode doc = sarif(RuleFixturesTest.root(), "progress-bar/clean.md");
        assertThat(schema().validate(doc)).isEmpty();
        assertThat(doc.path("runs").get(0).path("results").size()).isZero();
    }

    @Test
    void theSchemaRejectsABrokenLog() throws Exception {
        JsonNode doc = sarif(RuleFixturesTest.root(), "progress-bar/trigger.md");
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.path("runs").get(0).path("results").get(0)).put("level", "fatal");
        assertThat(schema().validate(doc)).as("the validator is really checking").isNotEmpty();
    }
}
