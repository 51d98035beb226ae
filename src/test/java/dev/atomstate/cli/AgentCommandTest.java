package dev.atomstate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atomstate.testing.Scratch;
import dev.atomstate.testing.CliRun;
import dev.atomstate.testing.Projects;
import dev.atomstate.testing.Texts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** agent install / uninstall / guard / context through the real command line. */
class AgentCommandTest {
    static final FileTime OLD = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path project;

    @BeforeEach
    void stateFile() throws IOException {
        Projects.withSample(project, "gsd-template");
    }

    static final String USER_SETTINGS = "{\r\n"
            + "  \"$schema\": \"https://json.schemastore.org/claude-code-settings.json\",\r\n"
            + "  \"permissions\": { \"allow\": [\"Bash(mvn -q test)\"] },\r\n"
            + "  \"hooks\": {\r\n"
            + "    \"PreToolUse\": [ { \"matcher\": \"Bash\", \"hooks\": [ { \"type\": \"command\", \"command\": \"./guard.sh\" } ] } ]\r\n"
            + "  },\r\n"
            + "  \"statusLine\": { \"type\": \"command\", \"command\": \"~/bin/line\", \"padding\": 0 }\r\n"
            + "}\r\n";

    @Test
    void installKeepsTheUsersSettingsByteForByteAndASecondRunChangesNothing() throws Exception {
        Path settings = Files.createDirectories(project.resolve(".claude")).resolve("settings.json");
        Files.writeString(settings, USER_SETTINGS);

        CliRun.Result dry = CliRun.run(project, "agent", "install", "claude", "--dry-run");
        assertThat(dry.exit()).as(dry.err()).isZero();
        assertThat(dry.out()).startsWith("--- a/.claude/settings.json\n+++ b/.claude/settings.json\n").contains("+").contains("atomstate agent guard claude");
        assertThat(Files.readString(settings)).as("--dry-run writes nothing").isEqualTo(USER_SETTINGS);

        CliRun.Result r = CliRun.run(project, "agent", "install", "claude");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("added hooks.PreToolUse: atomstate agent guard claude")
                .contains("added hooks.SessionStart: atomstate agent context claude")
                .contains("statusLine is your own ('~/bin/line'); left as it is");
        String after = Files.readString(settings);
        // the user's text with insertions only, and the insertions are ours: taken out again, the file is the user's
        assertThat(Texts.isSubsequence(USER_SETTINGS, after)).as("every byte of the user's, in order:\n%s", after).isTrue();
        assertThat(after.length() - USER_SETTINGS.length()).isPositive();
        assertThat(after.replace("\r\n", "")).as("the file's own line breaks").doesNotContain("\n");
        JsonNode json = JsonSchemaTest.MAPPER.readTree(after);
        assertThat(json.at("/hooks/PreToolUse/0/hooks/0/command").asText()).isEqualTo("./guard.sh");
        assertThat(json.at("/statusLine/command").asText()).isEqualTo("~/bin/line");

        Files.setLastModifiedTime(settings, OLD);
        CliRun.Result again = CliRun.run(project, "agent", "install", "claude");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).startsWith("Claude Code hooks are already installed");
        assertThat(Files.readString(settings)).isEqualTo(after);
        assertThat(Files.getLastModifiedTime(settings)).as("not rewritten").isEqualTo(OLD);

        CliRun.Result removed = CliRun.run(project, "agent", "uninstall", "claude");
        assertThat(removed.exit()).as(removed.err()).isZero();
        assertThat(Files.readString(settings)).isEqualTo(USER_SETTINGS);
    }

    @Test
    void installCreatesTheSettingsFileFromTheProjectFolderAndJsonValidates() throws Exception {
        Path below = Files.createDirectories(project.resolve("src/main"));
        CliRun.Result r = CliRun.run(below, "agent", "install", "gemini", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode doc = JsonSchemaTest.MAPPER.readTree(r.out());
        assertThat(JsonSchemaTest.schema().validate(doc)).isEmpty();
        assertThat(doc.get("kind").asText()).isEqualTo("agent-install");
        assertThat(doc.get("written").asBoolean()).isTrue();
        Path settings = project.resolve(".gemini/settings.json");
        assertThat(JsonSchemaTest.MAPPER.readTree(Files.readString(settings)).at("/hooks/BeforeTool/0/matcher").asText()).isEqualTo("write_file|replace");
        assertThat(Files.exists(below.resolve(".gemini"))).isFalse();

        CliRun.Result gone = CliRun.run(project, "agent", "uninstall", "gemini", "--json");
        assertThat(JsonSchemaTest.schema().validate(JsonSchemaTest.MAPPER.readTree(gone.out()))).isEmpty();
        assertThat(Files.readString(settings)).isEqualTo("{}\n");
    }

    @Test
    void uninstallWithoutASettingsFileCreatesNothing() {
        CliRun.Result r = CliRun.run(project, "agent", "uninstall", "claude");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("no atomstate hooks to remove");
        assertThat(Files.exists(project.resolve(".claude"))).isFalse();
    }

    @Test
    void aBrokenSettingsFileIsRefusedInOneLineAndLeftAlone() throws IOException {
        Path settings = Files.createDirectories(project.resolve(".claude")).resolve("settings.json");
        Files.writeString(settings, "{\n  \"hooks\": {\n}\n");
        Files.setLastModifiedTime(settings, OLD);
        CliRun.Result r = CliRun.run(project, "agent", "install", "claude");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("atomstate: .claude/settings.json:4:1: not valid JSON (unexpected end of the file); fix the file first; nothing was written\n");
        assertThat(Files.getLastModifiedTime(settings)).isEqualTo(OLD);
    }

    @Test
    void unknownClientsAndLaunchersAreUsageErrors() {
        CliRun.Result r = CliRun.run(project, "agent", "install", "cursor");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("atomstate: unknown agent client 'cursor'; atomstate has hooks for claude (Claude Code) and gemini");
        CliRun.Result l = CliRun.run(project, "agent", "install", "claude", "--launcher", "python3 -m something");
        assertThat(l.exit()).isEqualTo(2);
        assertThat(Files.exists(project.resolve(".claude"))).isFalse();
    }

    @Test
    void contextIsTheShortStatusAndTheRule() throws Exception {
        CliRun.Result claude = CliRun.run(project, "agent", "context", "claude");
        assertThat(claude.exit()).isZero();
        assertThat(claude.out()).isEqualTo(CliRun.run(project, "status").out() + AgentCommand.Context.HOW + "\n");

        CliRun.Result gemini = CliRun.run(project, "agent", "context", "gemini");
        JsonNode out = JsonSchemaTest.MAPPER.readTree(gemini.out());
        assertThat(out.at("/hookSpecificOutput/hookEventName").asText()).isEqualTo("SessionStart");
        assertThat(out.at("/hookSpecificOutput/additionalContext").asText()).startsWith(".planning/STATE.md\nPhase     2 of 4 (Meal Planner)");

        CliRun.Result json = CliRun.run(project, "agent", "context", "claude", "--json");
        assertThat(JsonSchemaTest.schema().validate(JsonSchemaTest.MAPPER.readTree(json.out()))).isEmpty();

        CliRun.Result nowhere = CliRun.run(Scratch.dir("no-project"), "agent", "context", "claude");
        assertThat(nowhere.exit()).isZero();
        assertThat(nowhere.out()).isEmpty();
        assertThat(nowhere.err()).isEmpty();
    }

    /** The guard as the clients run it: a process, the hook input on stdin, exit 2 and one stderr line to refuse. */
    @ParameterizedTest
    @ValueSource(strings = {"claude", "gemini"})
    void theGuardRefusesAnEditOfTheStateFileAndLetsOtherFilesThrough(String client) throws Exception {
        String tool = client.equals("claude") ? "Edit" : "replace";
        String hookInput = "{\"session_id\":\"s1\",\"cwd\":\"" + project + "\",\"hook_event_name\":\"" + (client.equals("claude") ? "PreToolUse" : "BeforeTool")
                + "\",\"tool_name\":\"" + tool + "\",\"tool_input\":{\"file_path\":\"" + project.resolve(".planning/STATE.md")
                + "\",\"old_string\":\"Plan: 1 of 3\",\"new_string\":\"Plan: 2 of 3\"}}";
        Done refused = guard(client, hookInput);
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).startsWith("atomstate: .planning/STATE.md is kept by atomstate: do not edit it by hand")
                .contains("atomstate complete-plan ID");
        assertThat(refused.err().lines()).hasSize(1);

        Done allowed = guard(client, hookInput.replace(".planning/STATE.md", "src/App.java"));
        assertThat(allowed.exit()).isZero();
        assertThat(allowed.out()).isEmpty();
        assertThat(allowed.err()).isEmpty();

        Done json = guard(client, hookInput, "--json");
        assertThat(json.exit()).isEqualTo(2);
        JsonNode decision = JsonSchemaTest.MAPPER.readTree(json.out());
        assertThat(JsonSchemaTest.schema().validate(decision)).isEmpty();
        assertThat(decision.get("allowed").asBoolean()).isFalse();
        assertThat(decision.get("file").asText()).isEqualTo(".planning/STATE.md");

        Done broken = guard(client, "not json");
        assertThat(broken.exit()).as("unreadable input: a warning the clients show, and the edit goes ahead").isEqualTo(3);
        assertThat(broken.err()).startsWith("atomstate: the hook input:1:1: not valid JSON");
    }

    record Done(int exit, String out, String err) {
    }

    /** Runs 'atomstate agent guard CLIENT' as a real JVM in another folder, with {@code stdin} as its input. */
    private Done guard(String client, String stdin, String... more) throws Exception {
        Path in = Files.writeString(Scratch.file("hook", ".json"), stdin);
        Path out = Scratch.file("out", ".log");
        Path err = Scratch.file("err", ".log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), "dev.atomstate.cli.Main",
                "agent", "guard", client));
        cmd.addAll(List.of(more));
        Process p = new ProcessBuilder(cmd).directory(Scratch.dir("elsewhere").toFile())
                .redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Done(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
