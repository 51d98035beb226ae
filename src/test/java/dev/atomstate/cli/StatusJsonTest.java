package dev.atomstate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atomstate.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON keys DESIGN.md §3 says scripts rely on, read back with Jackson from the real CLI. */
class StatusJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode status(String sample) throws IOException {
        // run from the sample's folder: the file is discovered as .planning/STATE.md
        CliRun.Result r = CliRun.run(Path.of("planning-samples", sample), "status", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(doc.get("kind").asText()).isEqualTo("status");
        assertThat(doc.get("file").asText()).isEqualTo(".planning/STATE.md");
        return doc;
    }

    /** Present and JSON null (an absent scalar), as opposed to a missing key. */
    private static void assertNullKey(JsonNode parent, String key) {
        assertThat(parent.has(key)).as("key %s is present", key).isTrue();
        assertThat(parent.get(key).isNull()).as("%s is null", key).isTrue();
    }

    @Test
    void longRunningSample() throws IOException {
        JsonNode d = status("long-running");
        JsonNode phase = d.at("/position/phase");
        assertThat(phase.get("number").asText()).isEqualTo("41");
        assertThat(phase.get("name").asText()).isEqualTo("stream-compaction");
        assertNullKey(phase, "total");
        JsonNode plan = d.at("/position/plan");
        assertThat(plan.get("id").asText()).isEqualTo("41-03");
        assertThat(plan.get("number").asInt()).isEqualTo(3);
        assertNullKey(plan, "total");
        assertThat(d.at("/position/status").asText()).startsWith("Phase 41 Plan 03 COMPLETE - Tiered compaction scheduler");
        assertThat(d.at("/position/lastActivity/date").asText()).isEqualTo("2026-05-02");
        assertThat(d.at("/position/lastActivity/text").asText()).startsWith("Phase 41-03 COMPLETE: Tiered compaction scheduler");

        JsonNode progress = d.get("progress");
        assertThat(progress.isArray()).isTrue();
        assertThat(progress).hasSize(2);
        assertThat(progress.get(0).get("label").asText()).isEqualTo("v1.0");
        assertThat(progress.get(0).get("done").asInt()).isEqualTo(120);
        assertThat(progress.get(0).get("total").asInt()).isEqualTo(120);
        assertThat(progress.get(0).get("percent").asDouble()).isEqualTo(100.0);
        assertThat(progress.get(1).get("label").asText()).isEqualTo("v2.0");
        assertThat(progress.get(1).get("done").asInt()).isEqualTo(12);
        assertThat(progress.get(1).get("total").asInt()).isEqualTo(30);
        assertThat(progress.get(1).get("percent").asDouble()).isEqualTo(40.0);

        JsonNode decisions = d.get("decisions");
        assertThat(decisions).hasSize(12);
        assertThat(decisions.get(0).get("phase").asText()).isEqualTo("38");
        assertThat(decisions.get(0).get("text").asText()).startsWith("Cold storage is Parquet on the object store");
        assertThat(decisions.get(2).get("phase").asText()).isEqualTo("39 Plan 01");
        assertThat(decisions.get(2).get("text").asText()).startsWith("Retention is configured per tenant");

        assertThat(d.get("blockers")).hasSize(2);
        assertThat(d.get("blockers").get(1).get("text").asText()).startsWith("The staging object store throttles");

        JsonNode plans = d.at("/metrics/plans");
        assertThat(plans).hasSize(12);
        JsonNode first = plans.get(0);
        assertThat(List.of(first.get("phase").asText(), first.get("plan").asText(), first.get("duration").asText()))
                .containsExactly("38", "01", "18");
        assertThat(first.get("minutes").asDouble()).isEqualTo(18.0);
        JsonNode hours = plans.get(9);
        assertThat(hours.get("duration").asText()).as("duration as written").isEqualTo("1h 5m");
        assertThat(hours.get("minutes").asDouble()).as("minutes parsed").isEqualTo(65.0);
        assertThat(plans.get(11).get("duration").asText()).isEqualTo("12 minutes");

        JsonNode session = d.get("session");
        assertThat(session.get("lastSession").asText()).isEqualTo("2026-05-02 18:20");
        assertThat(session.get("stoppedAt").asText()).isEqualTo("Phase 41-03 COMPLETE - Tiered compaction scheduler");
        assertThat(session.get("resumeFile").isNull()).as("\"Resume file: None\" is no resume file").isTrue();
    }

    @Test
    void crlfDecisionsTableSample() throws IOException {
        JsonNode d = status("crlf-decisions-table");
        JsonNode phase = d.at("/position/phase");
        assertThat(phase.get("number").asText()).isEqualTo("2");
        assertThat(phase.get("name").asText()).isEqualTo("Harmonic Data Importers");
        assertThat(phase.get("total").asInt()).isEqualTo(3);
        assertThat(d.at("/position/plan/number").asInt()).isEqualTo(2);
        assertThat(d.at("/position/plan/total").asInt()).isEqualTo(3);
        assertThat(d.at("/position/status").asText()).isEqualTo("In progress");
        assertThat(d.at("/position/lastActivity/text").asText())
                .as("no carriage return leaks into values").isEqualTo("Completed 02-02-PLAN.md (constituent table importer)");

        JsonNode progress = d.get("progress");
        assertThat(progress).hasSize(1);
        assertNullKey(progress.get(0), "label");
        assertThat(progress.get(0).get("done").asInt()).isEqualTo(4);
        assertThat(progress.get(0).get("total").asInt()).isEqualTo(7);
        assertThat(progress.get(0).get("percent").asDouble()).as("the percent the file states").isEqualTo(57.0);

        JsonNode decisions = d.get("decisions");
        assertThat(decisions).hasSize(5);
        assertThat(decisions.get(4).get("phase").asText()).isEqualTo("02-02");
        assertThat(decisions.get(4).get("text").asText()).isEqualTo("Importer rejects tables with missing M2 or S2 constituents");

        assertThat(d.get("blockers")).hasSize(1);
        assertThat(d.at("/metrics/plans")).hasSize(4);
        assertThat(d.at("/metrics/plans/3/minutes").asDouble()).isEqualTo(14.0);
        assertThat(d.at("/session/stoppedAt").asText()).isEqualTo("Completed 02-02-PLAN.md");
    }

    @Test
    void absentListsAreEmptyAndAbsentScalarsNull() throws IOException {
        JsonNode d = status("gsd-template");
        assertThat(d.get("blockers").isArray()).isTrue();
        assertThat(d.get("blockers")).as("\"None yet.\" is no blocker").isEmpty();
        assertThat(d.get("todos")).isEmpty();
        JsonNode progress = d.get("progress").get(0);
        assertNullKey(progress, "done");
        assertNullKey(progress, "total");
        assertThat(progress.get("percent").asDouble()).isEqualTo(40.0);
        assertNullKey(d, "frontmatter");
        assertThat(d.get("history")).isEmpty();

        CliRun.Result r = CliRun.run(Path.of("."), "status", "--json", "-f", "planning-samples/frontmatter/.planning/STATE.md");
        JsonNode fm = JSON.readTree(r.out());
        assertThat(fm.at("/frontmatter/milestone").asText()).isEqualTo("v1.2");
        assertThat(fm.at("/progress/0/label").asText()).isEqualTo("v1.2");
    }

    @Test
    void aFileWithNothingKnownHasNullsAndEmptyLists(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("STATE.md"), "# Notes\n\nJust prose.\n");
        CliRun.Result r = CliRun.run(dir, "status", "--json", "-f", "STATE.md");
        assertThat(r.exit()).isZero();
        JsonNode d = JSON.readTree(r.out());
        assertNullKey(d.get("position"), "phase");
        assertNullKey(d.get("position"), "plan");
        assertNullKey(d.get("position"), "status");
        assertNullKey(d.get("position"), "lastActivity");
        for (String list : new String[] {"progress", "decisions", "blockers", "todos"}) {
            assertThat(d.get(list).isArray()).as(list).isTrue();
            assertThat(d.get(list)).as(list).isEmpty();
        }
        assertThat(d.at("/metrics/plans")).isEmpty();
        assertNullKey(d.get("session"), "lastSession");
        assertNullKey(d.get("session"), "stoppedAt");
        assertNullKey(d.get("session"), "resumeFile");
    }

    @Test
    void checkJsonDiagnosticsCarryTheContractKeys(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("STATE.md"), "## Current Position\n\nPhase: 3 of 5\nPlan: 2 of 4\n\nProgress: [████████░░] 77% (38/48 plans)\n");
        CliRun.Result r = CliRun.run(dir, "check", "--json", "-f", "STATE.md");
        assertThat(r.exit()).isEqualTo(1);
        JsonNode d = JSON.readTree(r.out());
        assertThat(d.get("kind").asText()).isEqualTo("check");
        JsonNode diag = d.get("diagnostics").get(0);
        assertThat(diag.get("rule").asText()).isEqualTo("progress-percent");
        assertThat(diag.get("severity").asText()).isEqualTo("error");
        assertThat(diag.get("file").asText()).isEqualTo("STATE.md");
        assertThat(diag.get("line").asInt()).isEqualTo(6);
        assertThat(diag.get("column").asInt()).isEqualTo(24);
        assertThat(diag.get("message").asText()).contains("77%").contains("38/48").contains("79%");
    }
}
