package dev.atomstate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import dev.atomstate.model.ToolVersion;
import dev.atomstate.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code atomstate help COMMAND}, a bare {@code atomstate}, and the --json documents of the commands issue 16 added (each
 * validated against the shipped schema, each carrying the tool's version).
 */
class HelpCommandTest {
    private static final Path SAMPLE = Path.of("planning-samples/gsd-template");

    @TempDir
    Path dir;

    @Test
    void helpCommandIsTheCommandsHelp() {
        for (List<String> command : List.of(List.of("complete-plan"), List.of("todo", "add"), List.of("check"), List.of("help"))) {
            CliRun.Result viaHelp = CliRun.run(dir, concat(List.of("help"), command));
            CliRun.Result viaOption = CliRun.run(dir, concat(command, List.of("--help")));
            assertThat(viaHelp.exit()).as(viaHelp.err()).isZero();
            assertThat(viaHelp.out()).as("help %s", command).isEqualTo(viaOption.out()).startsWith("Usage: atomstate " + String.join(" ", command));
        }
        assertThat(CliRun.run(dir, "help").out()).isEqualTo(CliRun.run(dir, "--help").out());
    }

    @Test
    void helpOfAnUnknownCommandIsAUsageErrorThatListsTheCommands() {
        CliRun.Result r = CliRun.run(dir, "help", "todo", "finish");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("atomstate: no command 'todo finish'").contains("add, done").endsWith("\n");
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void bareAtomstateWithAStateFileIsStatus() {
        CliRun.Result bare = CliRun.run(SAMPLE);
        CliRun.Result status = CliRun.run(SAMPLE, "status");
        assertThat(bare.exit()).isZero();
        assertThat(bare.out()).isEqualTo(status.out()).contains("Phase     2 of 4 (Meal Planner)");
        assertThat(CliRun.run(SAMPLE, "--json").out()).isEqualTo(CliRun.run(SAMPLE, "status", "--json").out());
    }

    @Test
    void bareAtomstateWithoutOneShowsAShortHelp() {
        CliRun.Result r = CliRun.run(dir);
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().replaceAll("\\s+", " ")).startsWith("No state file found (looked for .planning/STATE.md from ");
        assertThat(r.out()).contains("Usage: atomstate [OPTIONS] [COMMAND [ARGUMENTS]]")
                .contains("\n  init  ").contains("\n  complete-plan ID  ").contains("'atomstate --help'");
        assertThat(r.out().lines().count()).as("a short help").isLessThan(20);
    }

    @Test
    void bareAtomstateNamingAMissingFileFailsAsStatusWould() {
        CliRun.Result bare = CliRun.run(dir, "-f", "nope.md");
        CliRun.Result status = CliRun.run(dir, "status", "-f", "nope.md");
        assertThat(bare.exit()).isEqualTo(3).isEqualTo(status.exit());
        assertThat(bare.err()).isEqualTo(status.err());
    }

    @Test
    void aBrokenConfigurationIsAnErrorNotAMissingStateFile() throws IOException {
        Files.writeString(dir.resolve(".atomstate.yml"), "no-such-key: 1\n");
        CliRun.Result r = CliRun.run(dir);
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).startsWith("atomstate: ").contains("no-such-key");
    }

    @Test
    void theNewJsonDocumentsValidateAndCarryTheVersion() throws IOException {
        JsonSchema schema = JsonSchemaTest.schema();
        for (List<String> args : List.of(List.of("help", "complete-plan", "--json"), List.of("help", "--json"), List.of("help", "todo", "add", "--json"),
                List.of("check", "--list-rules", "--json"), List.of("check", "--explain", "metric-duration", "--json"),
                List.of("check", "--explain", "worklog-stale", "--format", "json"), List.of("completion", "fish", "--json"))) {
            CliRun.Result r = CliRun.run(SAMPLE, args.toArray(String[]::new));
            assertThat(r.exit()).as("%s: %s", args, r.err()).isZero();
            JsonNode doc = JsonSchemaTest.MAPPER.readTree(r.out());
            assertThat(schema.validate(doc)).as("%s validates:\n%s", args, r.out()).isEmpty();
            assertThat(doc.path("atomstateVersion").asText()).isEqualTo(ToolVersion.current().version());
        }
        JsonNode help = JsonSchemaTest.MAPPER.readTree(CliRun.run(SAMPLE, "help", "complete-plan", "--json").out());
        assertThat(help.path("command").asText()).isEqualTo("complete-plan");
        assertThat(help.path("writes").asBoolean()).isTrue();
        assertThat(help.path("options").findValuesAsText("label")).contains("D", "N", "TEXT");
        assertThat(help.path("globalOptions").toString()).contains("--dry-run").contains("--file");
        assertThat(help.path("examples").get(0).asText()).startsWith("atomstate complete-plan 62-01");
        JsonNode status = JsonSchemaTest.MAPPER.readTree(CliRun.run(SAMPLE, "help", "status", "--json").out());
        assertThat(status.path("writes").asBoolean()).isFalse();
        assertThat(status.path("globalOptions").toString()).doesNotContain("--dry-run");
    }

    @Test
    void everyJsonDocumentCarriesTheVersionOfTheTool() throws IOException {
        JsonNode doc = JsonSchemaTest.MAPPER.readTree(CliRun.run(SAMPLE, "status", "--json").out());
        assertThat(doc.path("atomstateVersion").asText()).isEqualTo(ToolVersion.current().version()).isNotBlank();
        assertThat(CliRun.run(dir, "--version").out()).startsWith("atomstate " + ToolVersion.current().version() + " (commit ");
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc).remove("atomstateVersion");
        assertThat(JsonSchemaTest.schema().validate(doc)).as("the schema requires the version").isNotEmpty();
    }

    private static String[] concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all.toArray(String[]::new);
    }
}
