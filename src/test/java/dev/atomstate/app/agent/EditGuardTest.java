package dev.atomstate.app.agent;

import dev.atomstate.parse.json.JsonText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The guard on the hook inputs Claude Code and Gemini CLI send before an edit (tool_name, tool_input.file_path, cwd). */
class EditGuardTest {
    @TempDir
    Path project;

    Path state;
    Path worklog;

    static final EditGuard.Disk DISK = dev.atomstate.cli.RealDisk.REAL;

    @BeforeEach
    void files() throws IOException {
        state = Files.createDirectories(project.resolve(".planning")).resolve("STATE.md");
        Files.writeString(state, "# State\n");
        worklog = project.resolve(".planning/WORKLOG.md");
        Files.writeString(worklog, "# Log\n");
    }

    EditGuard.Decision decide(AgentClient client, String json) {
        return EditGuard.decide(JsonText.parse("input", json), client, project, DISK,
                dir -> new EditGuard.Kept(state, worklog));
    }

    String input(String tool, String path) {
        return "{\"session_id\":\"abc\",\"transcript_path\":\"/tmp/t.jsonl\",\"cwd\":\"" + project + "\",\"permission_mode\":\"default\","
                + "\"hook_event_name\":\"PreToolUse\",\"tool_name\":\"" + tool + "\",\"tool_input\":{\"file_path\":\"" + path
                + "\",\"old_string\":\"Plan: 1 of 3\",\"new_string\":\"Plan: 2 of 3\"}}";
    }

    @ParameterizedTest
    @CsvSource({"CLAUDE,Edit", "CLAUDE,MultiEdit", "CLAUDE,Write", "GEMINI,write_file", "GEMINI,replace"})
    void anEditOfTheStateFileIsRefusedWithTheCommandsToRun(AgentClient client, String tool) {
        for (String path : new String[] {state.toString(), ".planning/STATE.md", project + "/.planning/../.planning/STATE.md"}) {
            EditGuard.Decision d = decide(client, input(tool, path));
            assertThat(d.allowed()).as(path).isFalse();
            assertThat(d.file()).isEqualTo(".planning/STATE.md");
            assertThat(d.reason()).startsWith(".planning/STATE.md is kept by atomstate: do not ")
                    .contains("atomstate complete-plan ID").contains("decide TEXT").contains("MCP tools").doesNotContain("\n");
        }
    }

    @Test
    void theWorklogIsGuardedWithTheLogCommands() {
        EditGuard.Decision d = decide(AgentClient.CLAUDE, input("Write", ".planning/WORKLOG.md"));
        assertThat(d.allowed()).isFalse();
        assertThat(d.reason()).startsWith(".planning/WORKLOG.md is kept by atomstate: do not write it by hand")
                .contains("atomstate log add --objective TEXT").contains("log result");
    }

    @Test
    void otherFilesAndOtherToolsPass() {
        assertThat(decide(AgentClient.CLAUDE, input("Edit", "src/Main.java")).allowed()).isTrue();
        assertThat(decide(AgentClient.CLAUDE, input("Edit", ".planning/ROADMAP.md")).allowed()).isTrue();
        assertThat(decide(AgentClient.CLAUDE, input("Edit", "docs/STATE.md")).allowed()).as("another STATE.md than the project's").isTrue();
        assertThat(decide(AgentClient.CLAUDE, input("Read", ".planning/STATE.md")).allowed()).as("reading is fine").isTrue();
        assertThat(decide(AgentClient.GEMINI, input("read_file", ".planning/STATE.md")).allowed()).isTrue();
        assertThat(decide(AgentClient.GEMINI, input("Edit", ".planning/STATE.md")).allowed()).as("Claude's tool names mean nothing to Gemini").isTrue();
        assertThat(decide(AgentClient.CLAUDE, "{\"tool_name\":\"Edit\"}").allowed()).isTrue();
        assertThat(decide(AgentClient.CLAUDE, "{\"tool_name\":\"Edit\",\"tool_input\":{\"file_path\":\"\"}}").allowed()).isTrue();
        assertThat(decide(AgentClient.CLAUDE, "[]").allowed()).isTrue();
    }

    @Test
    void aLinkToTheStateFileIsTheStateFile() throws IOException {
        Path link = Files.createSymbolicLink(project.resolve("state-link.md"), state);
        assertThat(decide(AgentClient.CLAUDE, input("Edit", link.toString())).allowed()).isFalse();
    }

    /** Creating the state file by hand is refused too: 'atomstate init' writes one that check finds clean. */
    @Test
    void writingANewStateFileInPlanningIsRefused() throws IOException {
        Files.delete(state);
        EditGuard.Decision d = EditGuard.decide(JsonText.parse("input", input("Write", ".planning/STATE.md")), AgentClient.CLAUDE,
                project, DISK, dir -> new EditGuard.Kept(null, null));
        assertThat(d.allowed()).isFalse();
    }

    @Test
    void withoutACwdInTheInputTheHooksOwnDirectoryCounts() {
        String json = "{\"tool_name\":\"Edit\",\"tool_input\":{\"file_path\":\".planning/STATE.md\"}}";
        assertThat(decide(AgentClient.CLAUDE, json).allowed()).isFalse();
    }
}
