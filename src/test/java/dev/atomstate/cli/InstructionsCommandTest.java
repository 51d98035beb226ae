package dev.atomstate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atomstate.app.agent.Instructions;
import dev.atomstate.testing.CliRun;
import dev.atomstate.testing.Projects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;

/** instructions: printed, or written as one block between markers that a re-run replaces and nothing else. */
class InstructionsCommandTest {
    static final FileTime OLD = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path project;

    @BeforeEach
    void stateFile() throws IOException {
        Projects.withSample(project, "gsd-template");
    }

    @Test
    void theBlockIsShortAndSaysWhatAgentsNeed() {
        CliRun.Result r = CliRun.run(project, "instructions");
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines()).hasSizeLessThan(60).first().isEqualTo(Instructions.BEGIN);
        assertThat(r.out().lines().reduce((a, b) -> b).orElseThrow()).isEqualTo(Instructions.END);
        assertThat(r.out()).contains("Never edit them directly").contains("atomstate complete-plan").contains("atomstate decide")
                .contains("--json").contains("Exit codes: 0").contains("2 usage error").contains("atomstate mcp");
        // every command the block names is one the CLI has
        for (String command : new String[] {"status", "complete-plan", "decide", "block", "unblock", "todo", "session", "metric",
                "begin-phase", "complete-phase", "set", "log", "check", "schema", "mcp"}) {
            assertThat(RootCommand.COMMANDS).containsKey(command);
            assertThat(r.out()).contains("atomstate " + command);
        }
    }

    @Test
    void writingAddsTheBlockOnceAndARerunChangesNothing() throws IOException {
        Path agents = project.resolve("AGENTS.md");
        String mine = "# Agents\n\nRun the tests with mvn verify.\n";
        Files.writeString(agents, mine);
        CliRun.Result r = CliRun.run(project.resolve(".planning"), "instructions", "--write");
        assertThat(r.exit()).as(r.err()).isZero();
        String after = Files.readString(agents);
        assertThat(after).isEqualTo(mine + "\n" + Instructions.block("\n"));

        Files.setLastModifiedTime(agents, OLD);
        CliRun.Result again = CliRun.run(project, "instructions", "--write");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("already has the current atomstate instructions");
        assertThat(Files.readString(agents)).isEqualTo(after);
        assertThat(Files.getLastModifiedTime(agents)).isEqualTo(OLD);
    }

    @Test
    void anOlderBlockIsReplacedAndTheTextAroundItKeptByteForByte() throws IOException {
        Path claude = project.resolve("CLAUDE.md");
        String before = "# Claude\r\n\r\nStyle: short commits.\r\n\r\n";
        String after = "\r\n## Also\r\n\r\nNo force pushes.\r\n";
        String old = Instructions.BEGIN + "\r\nUse atomstate 0.0.1.\r\n" + Instructions.END + "\r\n";
        Files.writeString(claude, before + old + after);
        CliRun.Result r = CliRun.run(project, "instructions", "--write", "CLAUDE.md");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(claude)).isEqualTo(before + Instructions.block("\r\n") + after);
        assertThat(CliRun.run(project, "instructions", "--write", "CLAUDE.md").out()).contains("already has the current");
    }

    @Test
    void aNewFileIsTheBlockAloneAndDryRunWritesNothing() throws Exception {
        CliRun.Result dry = CliRun.run(project, "instructions", "--write", "--dry-run", "--json");
        assertThat(dry.exit()).as(dry.err()).isZero();
        JsonNode doc = JsonSchemaTest.MAPPER.readTree(dry.out());
        assertThat(JsonSchemaTest.schema().validate(doc)).isEmpty();
        assertThat(doc.get("diff").asText()).contains("+" + Instructions.END);
        assertThat(Files.exists(project.resolve("AGENTS.md"))).isFalse();

        CliRun.Result r = CliRun.run(project, "instructions", "--write");
        assertThat(r.exit()).isZero();
        assertThat(Files.readString(project.resolve("AGENTS.md"))).isEqualTo(Instructions.block("\n"));
        JsonNode printed = JsonSchemaTest.MAPPER.readTree(CliRun.run(project, "instructions", "--json").out());
        assertThat(JsonSchemaTest.schema().validate(printed)).isEmpty();
        assertThat(printed.get("lines").asInt()).isLessThan(60);
    }

    @Test
    void aBlockWithoutItsEndIsRefusedAndTheFileLeftAlone() throws IOException {
        Path agents = project.resolve("AGENTS.md");
        Files.writeString(agents, "# Agents\n\n" + Instructions.BEGIN + "\nhalf a block\n");
        Files.setLastModifiedTime(agents, OLD);
        CliRun.Result r = CliRun.run(project, "instructions", "--write");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("atomstate: AGENTS.md:3: the atomstate instructions block has no end marker");
        assertThat(Files.getLastModifiedTime(agents)).isEqualTo(OLD);
    }

    /** -f is the state file for every command: it never makes instructions write into it. */
    @Test
    void theStateFileOptionNeverTargetsTheStateFile() throws IOException {
        Path state = project.resolve(".planning/STATE.md");
        byte[] before = Files.readAllBytes(state);
        CliRun.Result r = CliRun.run(project, "-f", ".planning/STATE.md", "instructions", "--write");
        assertThat(r.exit()).isZero();
        assertThat(Files.readAllBytes(state)).isEqualTo(before);
        assertThat(Files.exists(project.resolve("AGENTS.md"))).isTrue();
    }
}
