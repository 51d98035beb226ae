package dev.atomstate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atomstate.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A project's life as scripted command sequences (issue 14): after every step {@code status --json} says what a
 * person reading the file would say, and at the end {@code check} finds nothing the starting file did not have.
 * The clock is CliRun's fixed one (2026-03-01 09:30 UTC).
 */
class LifeCycleTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String TODAY = "2026-03-01";

    @TempDir
    Path dir;

    private CliRun.Result ok(String... args) {
        CliRun.Result r = CliRun.run(dir, args);
        assertThat(r.exit()).as("atomstate %s: %s", String.join(" ", args), r.err()).isZero();
        assertThat(r.err()).as("atomstate %s: stderr", String.join(" ", args)).isEmpty();
        return r;
    }

    private JsonNode status() throws IOException {
        return MAPPER.readTree(ok("status", "--json").out());
    }

    private String state() throws IOException {
        return Files.readString(dir.resolve(".planning/STATE.md"), StandardCharsets.UTF_8);
    }

    /** Runs a writer twice: the second run must leave the file as the first left it. */
    private void step(String... args) throws IOException {
        ok(args);
        String after = state();
        ok(args);
        assertThat(state()).as("re-running atomstate %s changes nothing", String.join(" ", args)).isEqualTo(after);
    }

    private static List<String> planIds(JsonNode json) {
        List<String> ids = new ArrayList<>();
        json.at("/metrics/plans").forEach(p -> ids.add(p.get("phase").asText() + "-" + p.get("plan").asText()));
        return ids;
    }

    @ParameterizedTest
    @ValueSource(strings = {"gsd", "bold"})
    void aProjectStartedByInitIsKeptThroughAPhaseAndIntoTheNextMilestone(String template) throws IOException {
        ok("init", "--project", "shelfmark", "--template", template);
        step("begin-phase", "1", "--name", "Catalogue", "--plans", "3");
        JsonNode s = status();
        assertThat(s.at("/position/phase/number").asText()).isEqualTo("1");
        assertThat(s.at("/position/phase/name").asText()).isEqualTo("Catalogue");
        // init already made phase 1 current: "Plan: 0 of 3 in current phase", none done yet
        assertThat(s.at("/position/plan/number").asInt()).isZero();
        assertThat(s.at("/position/plan/total").asInt()).isEqualTo(3);
        assertThat(s.at("/progress/0/done").asInt()).isZero();
        assertThat(s.at("/progress/0/total").asInt()).isEqualTo(3);

        step("complete-plan", "01-01", "--duration", "10min");
        s = status();
        assertThat(s.at("/progress/0/done").asInt()).isEqualTo(1);
        assertThat(planIds(s)).containsExactly("01-01");
        assertThat(s.at("/position/lastActivity/date").asText()).isEqualTo(TODAY);

        step("decide", "Catalogue entries are keyed by ISBN", "--phase", "1");
        step("block", "The library API key is not issued yet");
        s = status();
        assertThat(s.at("/decisions").toString()).contains("Catalogue entries are keyed by ISBN");
        assertThat(s.at("/blockers").toString()).contains("The library API key is not issued yet");
        ok("unblock", "library API key");
        step("session", "--stopped-at", "Drafted 01-02 tasks 1-2", "--resume-file", "None");
        assertThat(status().at("/session/stoppedAt").asText()).isEqualTo("Drafted 01-02 tasks 1-2");

        step("complete-plan", "01-02", "--duration", "12min");
        step("complete-plan", "01-03", "--duration", "8min");
        s = status();
        assertThat(s.at("/position/plan/number").asInt()).isEqualTo(3);
        assertThat(s.at("/position/plan/total").asInt()).isEqualTo(3);
        assertThat(s.at("/progress/0/done").asInt()).isEqualTo(3);
        assertThat(s.at("/progress/0/total").asInt()).isEqualTo(3);
        assertThat(s.at("/progress/0/percent").asDouble()).isEqualTo(100.0);
        assertThat(planIds(s)).containsExactly("01-01", "01-02", "01-03");
        assertThat(s.at("/metrics/totalPlansCompleted").asText()).isEqualTo("3");
        assertThat(s.at("/session/stoppedAt").asText()).contains("01-03");
        assertThat(ok("check").out()).startsWith("no problems");
        assertThat(state()).doesNotContain("None yet | -");

        step("complete-phase");
        step("milestone", "complete", "--force");
        step("milestone", "start", "v2.0", "--name", "Lending");
        step("begin-phase", "2", "--name", "Loans", "--plans", "2");
        s = status();
        assertThat(s.at("/position/phase/number").asText()).isEqualTo("2");
        assertThat(s.at("/position/phase/name").asText()).isEqualTo("Loans");
        assertThat(s.at("/position/plan/total").asInt()).isEqualTo(2);
        assertThat(s.at("/progress/0/done").asInt()).isZero();
        assertThat(s.at("/progress/0/total").asInt()).isEqualTo(2);
        assertThat(ok("check").out()).startsWith("no problems");
    }

    @Test
    void aParallelWaveRecordsItsPlansOutOfOrderBeforeThePositionMoves() throws IOException {
        ok("init", "--project", "shelfmark");
        step("begin-phase", "1", "--name", "Catalogue", "--plans", "3");
        // wave 1: three agents finish 01-03, 01-01 and 01-02 and each records its metrics row first
        step("metric", "01-03", "--duration", "9min");
        step("metric", "01-01", "--duration", "11min");
        step("metric", "01-02", "--duration", "10min");
        JsonNode s = status();
        assertThat(planIds(s)).containsExactlyInAnyOrder("01-01", "01-02", "01-03");
        assertThat(s.at("/progress/0/done").asInt()).isZero();

        // then the position catches up, plan by plan: the rows are kept, never doubled
        step("complete-plan", "01-01");
        step("complete-plan", "01-02", "--duration", "10min");
        CliRun.Result differing = ok("complete-plan", "01-03", "--duration", "20min");
        assertThat(differing.out()).containsOnlyOnce("warning:").contains("'9 min'")
                .contains("atomstate metric 01-03 --duration \"20 min\" --replace");
        s = status();
        assertThat(planIds(s)).hasSize(3).containsExactlyInAnyOrder("01-01", "01-02", "01-03");
        assertThat(s.at("/position/plan/number").asInt()).isEqualTo(3);
        assertThat(s.at("/progress/0/done").asInt()).isEqualTo(3);
        assertThat(s.at("/progress/0/total").asInt()).isEqualTo(3);
        assertThat(s.at("/metrics/totalPlansCompleted").asText()).isEqualTo("3");
        String settled = state();
        ok("complete-plan", "01-03");
        assertThat(state()).as("every record agrees: a no-op").isEqualTo(settled);
        assertThat(ok("check").out()).startsWith("no problems");
    }
}
