package dev.atomstate.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.atomstate.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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

    /**
     * Issue 12: a file check could not read is a tool execution notification (level error, its message, the file as
     * the location), the run not successful, the findings of the files it did read kept; the exit code stays check's (1 for
     * failing findings, else 3 for a file not read, as the next test shows).
     */
    @Test
    void filesThatCannotBeReadAreToolNotificationsAndTheRunFails(@TempDir Path dir) throws Exception {
        Files.copy(RuleFixturesTest.root().resolve("progress-bar/trigger.md"), dir.resolve("found.md"));
        Files.writeString(dir.resolve("big.md"), "# Project State\n\n" + "x".repeat(6000) + "\n");
        Path locked = Files.writeString(dir.resolve("locked.md"), "# Project State\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        boolean canLockOut = !Files.isReadable(locked); // not as root
        try {
            CliRun.Result r = CliRun.run(dir, Map.of("ATOMSTATE_NOW", RuleFixturesTest.NOW, "ATOMSTATE_MAX_BYTES", "5000"),
                    "check", "--format", "sarif", "found.md", "missing.md", "big.md", "locked.md");
            assertThat(r.exit()).as("failing findings exit 1 before unreadable files' 3, as before: %s", r.err()).isEqualTo(1);
            JsonNode doc = JSON.readTree(r.out());
            assertThat(schema().validate(doc)).as("schema violations").isEmpty();
            assertThat(doc.path("runs").get(0).path("results")).as("the findings of the file read").isNotEmpty();
            Map<String, String> byFile = notifications(doc);
            assertThat(byFile.get("missing.md")).contains("no such file");
            assertThat(byFile.get("big.md")).contains("over the 5000-byte limit");
            if (canLockOut) {
                assertThat(byFile).containsKey("locked.md");
            }
            assertThat(byFile).hasSize(canLockOut ? 3 : 2).doesNotContainKey("found.md");
            assertThat(r.err().lines().toList()).as("one error line per file, as in every format").hasSize(byFile.size());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void aDirectoryAsTheStateFileOrAFolderWithoutOneIsANotification(@TempDir Path dir) throws Exception {
        Files.createDirectory(dir.resolve("folder.md"));
        for (String[] args : List.of(new String[] {"check", "--format", "sarif", "-f", "folder.md"},
                new String[] {"check", "--format", "sarif", "folder.md"})) {
            CliRun.Result r = CliRun.run(dir, Map.of("ATOMSTATE_NOW", RuleFixturesTest.NOW), args);
            assertThat(r.exit()).as(r.err()).isEqualTo(3);
            JsonNode doc = JSON.readTree(r.out());
            assertThat(schema().validate(doc)).as("schema violations").isEmpty();
            Map<String, String> byFile = notifications(doc);
            assertThat(byFile).containsOnlyKeys("folder.md");
            assertThat(byFile.get("folder.md")).isEqualTo(r.err().strip().substring("atomstate: ".length()));
        }
    }

    /** The tool execution notifications of the one invocation, by file; also checks that the run is marked failed. */
    private static Map<String, String> notifications(JsonNode doc) {
        JsonNode invocation = doc.path("runs").get(0).path("invocations").get(0);
        assertThat(invocation.path("executionSuccessful").isBoolean()).isTrue();
        assertThat(invocation.path("executionSuccessful").asBoolean()).isFalse();
        Map<String, String> byFile = new TreeMap<>();
        for (JsonNode n : invocation.path("toolExecutionNotifications")) {
            assertThat(n.path("level").asText()).isEqualTo("error");
            byFile.put(n.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText(),
                    n.path("message").path("text").asText());
        }
        return byFile;
    }

    @Test
    void aRunThatReadEveryFileIsSuccessfulWithoutNotifications() throws Exception {
        JsonNode invocation = sarif(RuleFixturesTest.root(), "progress-bar/trigger.md").path("runs").get(0).path("invocations").get(0);
        assertThat(invocation.path("executionSuccessful").asBoolean(false)).isTrue();
        assertThat(invocation.has("toolExecutionNotifications")).isFalse();
    }

    @Test
    void theSchemaRejectsABrokenLog() throws Exception {
        JsonNode doc = sarif(RuleFixturesTest.root(), "progress-bar/trigger.md");
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.path("runs").get(0).path("results").get(0)).put("level", "fatal");
        assertThat(schema().validate(doc)).as("the validator is really checking").isNotEmpty();
    }
}
