package dev.atomstate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atomstate.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;

/** complete-plan --log: both files or neither, in that order, and a re-run adds nothing. */
class CompletePlanLogTest {
    @TempDir
    Path dir;
    Path state;
    Path worklog;

    @BeforeEach
    void project() throws IOException {
        Path planning = Files.createDirectories(dir.resolve(".planning"));
        state = planning.resolve("STATE.md");
        worklog = planning.resolve("WORKLOG.md");
        Files.copy(Path.of("planning-samples/gsd-template/.planning/STATE.md"), state);
    }

    @Test
    void addsTheEntryToANewWorklogInTheSeedLayoutAndUpdatesTheState() throws IOException {
        CliRun.Result r = CliRun.run(dir, "complete-plan", "2-02", "--duration", "25min", "--title", "Week planner", "--log");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("completed plan 02-02 in .planning/STATE.md").contains("worklog entry added in .planning/WORKLOG.md");
        assertThat(Files.readString(state)).contains("Plan: 2 of 3 in current phase").contains("Stopped at: Completed 02-02-PLAN.md");
        assertThat(Files.readString(worklog)).isEqualTo("## 2026-03-01 09:30 UTC\n\n"
                + "- **Task Objective**: Complete plan 02-02 — Week planner\n"
                + "- **Results**: ✅ Completed in 25min\n");
        CliRun.Result list = CliRun.run(dir, "log", "show", "latest", "--json");
        assertThat(list.out()).contains("\"status\" : \"completed\"");
    }

    @Test
    void aReRunChangesNeitherFile() throws IOException {
        assertThat(CliRun.run(dir, "complete-plan", "2-02", "--duration", "25min", "--log").exit()).isZero();
        byte[] s = Files.readAllBytes(state);
        byte[] w = Files.readAllBytes(worklog);
        Files.setLastModifiedTime(state, FileTime.fromMillis(1_000_000));
        Files.setLastModifiedTime(worklog, FileTime.fromMillis(1_000_000));
        CliRun.Result again = CliRun.run(dir, java.util.Map.of("ATOMSTATE_NOW", "2026-03-01T11:00:00Z"),
                "complete-plan", "2-02", "--duration", "25min", "--log");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("already").contains("the worklog already has 'Complete plan 02-02'");
        assertThat(Files.readAllBytes(state)).isEqualTo(s);
        assertThat(Files.readAllBytes(worklog)).isEqualTo(w);
        assertThat(Files.getLastModifiedTime(state).toMillis()).isEqualTo(1_000_000);
        assertThat(Files.getLastModifiedTime(worklog).toMillis()).isEqualTo(1_000_000);
    }

    @Test
    void aRefusedPlanCreatesNoWorklogAndLeavesTheStateAlone() throws IOException {
        byte[] s = Files.readAllBytes(state);
        CliRun.Result r = CliRun.run(dir, "complete-plan", "9-01", "--log");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("atomstate: ").hasLineCount(1);
        assertThat(Files.readAllBytes(state)).isEqualTo(s);
        assertThat(worklog).doesNotExist();
    }

    @Test
    void aWorklogThatCannotTakeTheEntryLeavesTheStateAlone() throws IOException {
        // one label line per entry: a layout log add reads but refuses to write
        Files.writeString(worklog, "# Journal\n\nEntry 10/22/24:\n    made progress offline\n\nEntry 10/23/24:\n    more\n");
        byte[] s = Files.readAllBytes(state);
        byte[] w = Files.readAllBytes(worklog);
        CliRun.Result r = CliRun.run(dir, "complete-plan", "2-02", "--log");
        assertThat(r.exit()).as(r.out()).isNotZero();
        assertThat(r.err()).startsWith("atomstate: ").hasLineCount(1);
        assertThat(Files.readAllBytes(state)).isEqualTo(s);
        assertThat(Files.readAllBytes(worklog)).isEqualTo(w);
    }

    @Test
    void dryRunShowsBothDiffsAndWritesNothing() throws IOException {
        byte[] s = Files.readAllBytes(state);
        CliRun.Result r = CliRun.run(dir, "complete-plan", "2-02", "--log", "--dry-run", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.at("/diff").asText()).contains("+Plan: 2 of 3 in current phase");
        assertThat(doc.at("/worklog/diff").asText()).contains("+- **Task Objective**: Complete plan 02-02");
        assertThat(doc.at("/worklog/written").asBoolean()).isFalse();
        assertThat(JsonSchemaTest.schema().validate(doc)).isEmpty();
        assertThat(Files.readAllBytes(state)).isEqualTo(s);
        assertThat(worklog).doesNotExist();
    }
}
