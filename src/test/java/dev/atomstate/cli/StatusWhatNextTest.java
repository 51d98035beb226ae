package dev.atomstate.cli;

import dev.atomstate.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * status answers "what next" (issue 14): the session, the resume file and the next plan come first, the focus and the
 * next action are shown without --full, dates carry their age from the run's clock, and lines follow COLUMNS.
 */
class StatusWhatNextTest {
    private static final String STATE = """
            # Project State

            **Current focus:** Phase 2 — **Meal Planner**

            ## Current Position

            Phase: 2 of 4 (`Meal Planner`)
            Plan: 1 of 3 in current phase
            Status: **In progress**
            Last activity: 2026-03-10 — Completed 02-01-PLAN.md

            ## Session Continuity

            Last session: 2026-03-10 14:05
            Stopped at: Completed 02-01-PLAN.md
            Resume file: .planning/phases/02-meal-planner/02-02-PLAN.md
            Next action: Execute plan 02-02: the week grid, one meal slot per day and the leftovers column that rolls portions forward
            """;

    private static Path project(Path tmp, String text) throws Exception {
        Path planning = Files.createDirectories(tmp.resolve(".planning"));
        Files.writeString(planning.resolve("STATE.md"), text);
        return tmp;
    }

    private static List<String> status(Path tmp, Map<String, String> extraEnv, String... args) {
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("ATOMSTATE_NOW", "2026-03-12T09:00:00Z");
        String[] all = new String[args.length + 1];
        all[0] = "status";
        System.arraycopy(args, 0, all, 1, args.length);
        CliRun.Result r = CliRun.run(tmp, env, all);
        assertThat(r.exit()).as(r.err()).isZero();
        return r.out().lines().toList();
    }

    @Test
    void theSessionTheResumeFileAndTheNextPlanComeFirst(@TempDir Path tmp) throws Exception {
        List<String> lines = status(project(tmp, STATE), Map.of());
        assertThat(lines.get(1)).isEqualTo("Phase     2 of 4 (Meal Planner)");
        assertThat(lines.get(2)).isEqualTo("Session   2026-03-10 14:05 (2 days ago) · stopped at Completed 02-01-PLAN.md");
        assertThat(lines.get(3)).isEqualTo("Resume    .planning/phases/02-meal-planner/02-02-PLAN.md");
        assertThat(lines.get(4)).startsWith("Next      plan 02-02 · Execute plan 02-02: the week grid");
        assertThat(lines.get(5)).isEqualTo("Focus     Phase 2 — Meal Planner");
        assertThat(lines).contains("Status    In progress", "Activity  2026-03-10 (2 days ago) — Completed 02-01-PLAN.md");
    }

    @Test
    void linesAreCutAtOneHundredColumnsUnlessColumnsSaysOtherwise(@TempDir Path tmp) throws Exception {
        project(tmp, STATE);
        List<String> wide = status(tmp, Map.of());
        assertThat(wide).allSatisfy(l -> assertThat(l.codePointCount(0, l.length())).isLessThanOrEqualTo(100));
        assertThat(wide.get(4)).endsWith("…");
        List<String> narrow = status(tmp, Map.of("COLUMNS", "60"));
        assertThat(narrow).allSatisfy(l -> assertThat(l.codePointCount(0, l.length())).isLessThanOrEqualTo(60));
        assertThat(narrow.get(4)).hasSize(60).endsWith("…");
        List<String> full = status(tmp, Map.of("COLUMNS", "60"), "--full");
        assertThat(full.get(4)).isEqualTo("Next      plan 02-02 · Execute plan 02-02: the week grid, one meal slot per day and "
                + "the leftovers column that rolls portions forward");
    }

    @Test
    void aColumnsValueThatIsNoWidthFallsBackToOneHundred(@TempDir Path tmp) throws Exception {
        project(tmp, STATE);
        assertThat(status(tmp, Map.of("COLUMNS", "wide"))).isEqualTo(status(tmp, Map.of()));
        assertThat(status(tmp, Map.of("COLUMNS", "5"))).isEqualTo(status(tmp, Map.of()));
    }

    @Test
    void aResumeFileThatSaysNoneIsLeftOutAndAPhaseWithEveryPlanDoneSaysSo(@TempDir Path tmp) throws Exception {
        String done = STATE.replace("Plan: 1 of 3 in current phase", "Plan: 3 of 3 complete")
                .replace("Resume file: .planning/phases/02-meal-planner/02-02-PLAN.md", "Resume file: None");
        List<String> lines = status(project(tmp, done), Map.of());
        assertThat(lines).noneMatch(l -> l.startsWith("Resume"));
        assertThat(lines.get(3)).startsWith("Next      every plan of the phase is done · Execute plan 02-02");
    }

    @Test
    void agesAreCountedFromTheRunsClock(@TempDir Path tmp) throws Exception {
        project(tmp, STATE);
        Map<String, String> env = new HashMap<>();
        env.put("ATOMSTATE_NOW", "2026-03-12T09:00:00Z");
        assertThat(CliRun.run(tmp, env, "--now", "2026-03-10T20:00:00Z", "status").out()).contains("2026-03-10 14:05 (today)");
        assertThat(CliRun.run(tmp, env, "--now", "2026-04-20T20:00:00Z", "status").out()).contains("2026-03-10 14:05 (5 weeks ago)");
        assertThat(CliRun.run(tmp, env, "--now", "2026-09-20T20:00:00Z", "status").out()).contains("2026-03-10 14:05 (6 months ago)");
    }
}
