package dev.atomstate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atomstate.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;

class InitCommandTest {
    @TempDir
    Path dir;

    Path state() {
        return dir.resolve(".planning").resolve("STATE.md");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gsd", "bold"})
    void createsAFileThatCheckFindsCleanAndTheOtherCommandsCanWorkOn(String template) throws Exception {
        CliRun.Result r = CliRun.run(dir, "init", "--project", "shelfmark", "--template", template);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("created .planning/STATE.md\n");
        String text = Files.readString(state(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("# shelfmark — Project State\n").contains("2026-03-01 — Project initialized").contains("None yet.");
        assertThat(CliRun.run(dir, "check", ".planning/STATE.md").exit()).isZero();
        CliRun.Result status = CliRun.run(dir, "status", "--json");
        JsonNode json = new ObjectMapper().readTree(status.out());
        assertThat(json.at("/position/phase/number").asText()).isEqualTo("1");
        assertThat(json.at("/position/status").asText()).isEqualTo("Ready to plan");
        assertThat(json.at("/session/stoppedAt").asText()).isEqualTo("Project initialized");
        assertThat(CliRun.run(dir, "block", "First blocker").exit()).isZero();
        assertThat(CliRun.run(dir, "begin-phase", "1", "--name", "Catalogue").exit()).isZero();
        assertThat(CliRun.run(dir, "check", ".planning/STATE.md").exit()).isZero();
        assertThat(dir.resolve(".planning").toFile().list()).as("no temp or lock files left").containsOnly("STATE.md");
    }

    @Test
    void refusesWhenTheFileExistsAndLeavesItAlone() throws Exception {
        Files.createDirectories(state().getParent());
        Files.writeString(state(), "# mine\n");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(state(), old);
        CliRun.Result r = CliRun.run(dir, "init");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("atomstate: .planning/STATE.md already exists").hasLineCount(1);
        assertThat(Files.readString(state())).isEqualTo("# mine\n");
        assertThat(Files.getLastModifiedTime(state())).isEqualTo(old);
    }

    @Test
    void dryRunPrintsTheNewFileAndWritesNothing() throws Exception {
        CliRun.Result r = CliRun.run(dir, "init", "--dry-run", "-f", "x/STATE.md");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("--- /dev/null\n+++ b/x/STATE.md\n@@ -0,0 +1,").contains("+Phase: 1\n");
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void jsonSaysWhatWasCreated() throws Exception {
        CliRun.Result r = CliRun.run(dir, "init", "--json");
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("kind").asText()).isEqualTo("init");
        assertThat(json.get("file").asText()).isEqualTo(".planning/STATE.md");
        assertThat(json.get("changed").asBoolean()).isTrue();
        assertThat(json.get("written").asBoolean()).isTrue();
        assertThat(json.get("template").asText()).isEqualTo("gsd");
    }

    @Test
    void followsTheConfiguration() throws Exception {
        Files.writeString(dir.resolve(".atomstate.yml"), """
                dates:
                  date-format: dd.MM.yyyy
                decisions:
                  style: table
                progress:
                  bar-width: 20
                  filled: "#"
                  empty: "-"
                """);
        assertThat(CliRun.run(dir, "init").exit()).isZero();
        String text = Files.readString(state(), StandardCharsets.UTF_8);
        assertThat(text).contains("Last activity: 01.03.2026 — Project initialized").contains("Progress: [" + "-".repeat(20) + "] 0%")
                .contains("| Phase | Decision | Rationale |");
    }

    @Test
    void anUnknownTemplateIsAUsageError() {
        CliRun.Result r = CliRun.run(dir, "init", "--template", "fancy");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(state()).doesNotExist();
    }
}
