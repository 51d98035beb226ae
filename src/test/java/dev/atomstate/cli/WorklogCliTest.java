package dev.atomstate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atomstate.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding the worklog, status showing its newest entry, check's configured age, JSON keys. */
class WorklogCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLE = Path.of("planning-samples/long-running/.planning");

    private static Path project(Path tmp, boolean withWorklog) throws Exception {
        Path planning = Files.createDirectories(tmp.resolve(".planning"));
        Files.copy(SAMPLE.resolve("STATE.md"), planning.resolve("STATE.md"));
        if (withWorklog) {
            Files.copy(SAMPLE.resolve("WORKLOG.md"), planning.resolve("WORKLOG.md"));
        }
        return tmp;
    }

    @Test
    void statusShowsTheNewestEntryWhenAWorklogIsBesideTheStateFile(@TempDir Path tmp) throws Exception {
        project(tmp, true);
        CliRun.Result r = CliRun.run(tmp, "status");
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().filter(l -> l.startsWith("Worklog")).toList()).containsExactly(
                "Worklog   2026-05-02 16:20 UTC · completed · Tiered compaction scheduler: merge hourly segments into daily Parquet files "
                        + "once a partition is quiet (Phase 41-03).");
        JsonNode doc = JSON.readTree(CliRun.run(tmp, "status", "--json").out());
        assertThat(doc.path("worklog").path("file").asText()).isEqualTo(".planning/WORKLOG.md");
        assertThat(doc.path("worklog").path("latest").path("timestamp").asText()).isEqualTo("2026-05-02T16:20Z");
        assertThat(doc.path("worklog").path("latest").path("steps").size()).isEqualTo(4);
        assertThat(doc.path("worklog").path("latest").path("status").asText()).isEqualTo("completed");
    }

    @Test
    void statusSaysNothingAboutAWorklogWhenThereIsNone(@TempDir Path tmp) throws Exception {
        project(tmp, false);
        CliRun.Result r = CliRun.run(tmp, "status");
        assertThat(r.out()).doesNotContain("Worklog");
        assertThat(JSON.readTree(CliRun.run(tmp, "status", "--json").out()).has("worklog")).isFalse();
        CliRun.Result list = CliRun.run(tmp, "log", "list");
        assertThat(list.exit()).isEqualTo(3);
        assertThat(list.err()).startsWith("atomstate: no worklog found").contains("--worklog PATH");
    }

    @Test
    void logAddCreatesAWorklogBesideTheStateFile(@TempDir Path tmp) throws Exception {
        project(tmp, false);
        CliRun.Result r = CliRun.run(tmp, "--now", "2026-05-03T10:15:00Z", "log", "add", "--objective", "Start", "--results", "In progress");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(tmp.resolve(".planning/WORKLOG.md")))
                .isEqualTo("## 2026-05-03 10:15 UTC\n\n- **Task Objective**: Start\n- **Results**: In progress\n");
    }

    @Test
    void listJsonKeysAndFilters(@TempDir Path tmp) throws Exception {
        project(tmp, true);
        JsonNode doc = JSON.readTree(CliRun.run(tmp, "log", "list", "--json", "--status", "in-progress").out());
        assertThat(doc.path("kind").asText()).isEqualTo("log-list");
        assertThat(doc.path("entries").size()).isEqualTo(1);
        JsonNode e = doc.path("entries").get(0);
        assertThat(e.path("timestamp").asText()).isEqualTo("2026-05-01T09:05Z");
        assertThat(e.path("objective").asText()).startsWith("Migrate cold storage");
        assertThat(e.path("steps").size()).isEqualTo(5);
        assertThat(e.path("results").asText()).startsWith("In progress — dry run found 14 orphaned segments");
        assertThat(e.path("status").asText()).isEqualTo("in-progress");
        JsonNode since = JSON.readTree(CliRun.run(tmp, "log", "list", "--json", "--since", "2026-05-01").out());
        assertThat(since.path("entries").size()).isEqualTo(2);
        CliRun.Result bad = CliRun.run(tmp, "log", "list", "--status", "done-ish");
        assertThat(bad.exit()).isEqualTo(2);
    }

    @Test
    void theStaleAgeComesFromTheConfig(@TempDir Path tmp) throws Exception {
        project(tmp, true);
        // entry 3 (2026-05-01 09:05, in progress) is 2 days old on 2026-05-03 12:00: stale only with an age under that
        Map<String, String> env = Map.of("ATOMSTATE_NOW", "2026-05-03T12:00:00Z");
        CliRun.Result clean = CliRun.run(tmp, env, "check", ".planning/WORKLOG.md");
        assertThat(clean.out()).isEqualTo("no problems in 1 file\n");
        Files.writeString(tmp.resolve(".atomstate.yml"), "check:\n  worklog-stale-after: P1D\n");
        CliRun.Result stale = CliRun.run(tmp, env, "check", ".planning/WORKLOG.md");
        assertThat(stale.out()).contains(".planning/WORKLOG.md:22:1: warning entry 2026-05-01 09:05 UTC still says in progress")
                .contains("[worklog-stale]");
    }

    @org.junit.jupiter.api.Test
    void aFailedFirstWriteLeavesNoEmptyWorklogBehind(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path dir = project(tmp, false);
        Path worklog = dir.resolve(".planning/WORKLOG.md");
        // another writer holds the worklog's lock, so the write after creating the file times out
        try (var ch = java.nio.channels.FileChannel.open(dir.resolve(".planning/.WORKLOG.md.lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE); var held = ch.lock()) {
            dev.atomstate.testing.CliRun.Result r = dev.atomstate.testing.CliRun.run(dir,
                    java.util.Map.of("ATOMSTATE_NOW", dev.atomstate.testing.CliRun.DEFAULT_NOW, "ATOMSTATE_LOCK_TIMEOUT_MS", "200"),
                    "log", "add", "--objective", "Blocked by the lock");
            org.assertj.core.api.Assertions.assertThat(r.exit()).as(r.out()).isEqualTo(3);
            org.assertj.core.api.Assertions.assertThat(r.err()).startsWith("atomstate: ").contains("lock");
        }
        org.assertj.core.api.Assertions.assertThat(worklog).doesNotExist();
    }

    @org.junit.jupiter.api.Test
    void dryRunOnAMissingWorklogShowsItCreatedAndCreatesNothing(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path dir = project(tmp, false);
        dev.atomstate.testing.CliRun.Result r = dev.atomstate.testing.CliRun.run(dir, "log", "add", "--objective", "First", "--dry-run");
        org.assertj.core.api.Assertions.assertThat(r.exit()).as(r.err()).isZero();
        org.assertj.core.api.Assertions.assertThat(r.out()).contains("+- **Task Objective**: First");
        org.assertj.core.api.Assertions.assertThat(dir.resolve(".planning/WORKLOG.md")).doesNotExist();
    }
}
