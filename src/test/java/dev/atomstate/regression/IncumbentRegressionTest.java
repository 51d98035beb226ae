package dev.atomstate.regression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.atomstate.testing.CliRun;
import dev.atomstate.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incumbent's (gsd-tools) failures from the issue and DESIGN §1, each as a case that must pass here. Each
 * runs the real CLI on a file written in the test.
 */
class IncumbentRegressionTest {
    @TempDir
    Path dir;

    static final String GSD = """
            # Project State

            ## Current Position

            Phase: 2 of 4 (Meal Planner)
            Plan: 2 of 3 in current phase
            Status: In progress
            Last activity: 2026-03-10 — Completed 02-02-PLAN.md

            Progress: [████░░░░░░] 40%

            ## Accumulated Context

            ### Decisions

            - [Phase 01]: Recipes are Markdown files

            ### Pending Todos

            None yet.

            ### Blockers/Concerns

            None yet.

            ## Session Continuity

            Last session: 2026-03-10 14:05
            Stopped at: Completed 02-02-PLAN.md
            Resume file: None
            """;

    Path write(String text) throws Exception {
        Path f = dir.resolve("STATE.md");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    CliRun.Result run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "-f";
        all[args.length + 1] = "STATE.md";
        return CliRun.run(dir, all);
    }

    String read() throws Exception {
        return Files.readString(dir.resolve("STATE.md"), StandardCharsets.UTF_8);
    }

    @Test
    void removingNoneYetReplacesTheWholeLineNotLeavingYet() throws Exception {
        write(GSD);
        assertThat(run("block", "Waiting for the API key").exit()).isZero();
        String after = read();
        assertThat(after).doesNotContain("\nyet.").doesNotContain("\nyet\n");
        assertThat(after).contains("### Blockers/Concerns\n\n- Waiting for the API key\n\n## Session Continuity");
        assertThat(after).as("the todos placeholder is not touched").contains("### Pending Todos\n\nNone yet.\n");
        assertThat(run("unblock", "API key").exit()).isZero();
        assertThat(read()).as("the placeholder comes back as a whole line").isEqualTo(GSD);
    }

    @Test
    void aPlaceholderWordInsideAnItemIsNotAPlaceholder() throws Exception {
        write(GSD.replace("### Blockers/Concerns\n\nNone yet.", "### Blockers/Concerns\n\n- None yet of the vendors replied"));
        assertThat(run("block", "Second").exit()).isZero();
        assertThat(read()).contains("- None yet of the vendors replied\n- Second\n");
    }

    @Test
    void resolvingPhase3DoesNotTouchPhase31() throws Exception {
        write(GSD.replace("### Blockers/Concerns\n\nNone yet.", "### Blockers/Concerns\n\n- Phase 31 flaky tests\n- Phase 3 needs the staging key\n- Phase 30 docs"));
        CliRun.Result r = run("unblock", "phase 3");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(read()).contains("- Phase 31 flaky tests\n- Phase 30 docs\n").doesNotContain("Phase 3 needs");
        // now only Phase 31 and Phase 30 are left: "phase 3" matches neither
        String before = read();
        CliRun.Result again = run("unblock", "phase 3");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).startsWith("atomstate: ").contains("no blocker matches 'phase 3'");
        assertThat(read()).isEqualTo(before);
    }

    @Test
    void anAmbiguousMatchIsRefusedWithTheCandidates() throws Exception {
        write(GSD.replace("### Blockers/Concerns\n\nNone yet.", "### Blockers/Concerns\n\n- Staging key missing\n- Staging DB slow"));
        String before = read();
        CliRun.Result r = run("unblock", "staging");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("#1 (line 24) \"Staging key missing\"").contains("#2 (line 25) \"Staging DB slow\"");
        assertThat(read()).isEqualTo(before);
    }

    @Test
    void beginPhaseOnThePhaseInFlightKeepsItsPlanCounter() throws Exception {
        write(GSD);
        CliRun.Result r = run("begin-phase", "2");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("already the current phase");
        assertThat(read()).isEqualTo(GSD);
        assertThat(run("begin-phase", "2", "--plans", "5").exit()).isZero();
        assertThat(read()).contains("Plan: 2 of 5 in current phase");
    }

    @Test
    void aQuoteInASessionNoteWritesValidYaml() throws Exception {
        write("---\nstatus: executing\nstopped_at: Completed 08-02-PLAN.md\nlast_updated: \"2026-06-01T10:00:00.000Z\"\n---\n\n" + GSD);
        String note = "Paused: \"quota\" question #2 - ask 'ops'";
        assertThat(run("session", "--stopped-at", note).exit()).isZero();
        String after = read();
        JsonNode fm = new YAMLMapper().readTree(after.substring(4, after.indexOf("\n---\n", 4) + 1));
        assertThat(fm.get("stopped_at").asText()).isEqualTo(note);
        assertThat(fm.get("last_updated").asText()).isEqualTo("2026-03-01T09:30:00.000Z");
        assertThat(fm.get("status").asText()).isEqualTo("executing");
        assertThat(after).contains("Stopped at: " + note + "\n");
    }

    @Test
    void descriptionsAreNotReplacedByBareDates() throws Exception {
        write(GSD);
        assertThat(run("begin-phase", "3", "--plans", "4", "--name", "Shopping List", "--force").exit()).isZero();
        assertThat(read()).contains("Last activity: 2026-03-01 — Began Phase 3: Shopping List\n");
        assertThat(run("complete-phase", "--force").exit()).isZero();
        assertThat(read()).contains("Last activity: 2026-03-01 — Completed Phase 3\n");
    }

    @Test
    void aFailedCommandDoesNotRewriteTheFile() throws Exception {
        Path f = write(GSD);
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(f, old);
        for (List<String> args : List.of(List.of("unblock", "nothing"), List.of("todo", "done", "1"), List.of("complete-phase", "1"),
                List.of("begin-phase", "1"), List.of("begin-phase", "x"), List.of("session", "--stopped-at", "a\u0001b"))) {
            CliRun.Result r = run(args.toArray(String[]::new));
            assertThat(r.exit()).as("%s", args).isIn(1, 2);
            assertThat(r.err().lines()).as("%s", args).hasSize(1);
            assertThat(read()).isEqualTo(GSD);
            assertThat(Files.getLastModifiedTime(f)).as("%s: not rewritten", args).isEqualTo(old);
        }
    }

    @Test
    void crlfStaysCrlfAndNoBlankLinesAreInserted() throws Exception {
        String crlf = Shared.toCrlf(GSD);
        write(crlf);
        for (List<String> args : List.of(List.of("block", "One"), List.of("block", "Two"), List.of("todo", "add", "Three"),
                List.of("session", "--stopped-at", "Four"), List.of("begin-phase", "3", "--plans", "2"), List.of("unblock", "one"))) {
            String before = read();
            assertThat(run(args.toArray(String[]::new)).exit()).as("%s", args).isZero();
            String after = read();
            assertThat(after.replace("\r\n", "")).as("%s: no bare LF", args).doesNotContain("\n");
            long blankBefore = before.lines().filter(String::isBlank).count();
            long blankAfter = after.lines().filter(String::isBlank).count();
            assertThat(blankAfter).as("%s: no blank line inserted", args).isEqualTo(blankBefore);
        }
    }

    @Test
    void realFilesAreNotReadAsNulls() throws Exception {
        Shared.assumePresent();
        for (Path seed : Shared.stateSeeds()) {
            Files.copy(seed, dir.resolve("STATE.md"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            CliRun.Result r = run("status", "--json");
            assertThat(r.exit()).isZero();
            JsonNode json = new ObjectMapper().readTree(r.out());
            assertThat(json.at("/position/phase/number").isNull()).as("%s phase", seed).isFalse();
            assertThat(json.at("/position/plan").isNull()).as("%s plan", seed).isFalse();
            assertThat(json.at("/decisions").size()).as("%s decisions", seed).isPositive();
            assertThat(json.at("/session/stoppedAt").isNull()).as("%s session", seed).isFalse();
        }
    }
}
