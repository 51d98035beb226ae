package dev.atomstate.check;

import dev.atomstate.check.rules.ActivityStale;
import dev.atomstate.parse.StateParser;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * activity-stale across phases (issue 14, seed 001's form): the position names a plan of a later phase than the plan
 * "Last activity" describes. The fixture folder holds the same-phase case; these are the cross-phase ones.
 */
class ActivityStaleAcrossPhasesTest {

    static List<String> findings(String text) {
        List<String> out = new ArrayList<>();
        new ActivityStale().check(StateParser.parse("STATE.md", text), (line, column, message) -> out.add(line + ": " + message));
        return out;
    }

    @Test
    void anActivityOfAnEarlierPhaseIsStale() {
        String t = "## Current Position\n\nPhase: 67-ci-cd-pipeline-fixes\nPlan: 67-04\nStatus: Phase 67 Plan 04 COMPLETE\n"
                + "Last activity: 2026-02-20 — Phase 62-01 COMPLETE: Baseline coverage\n";
        assertThat(findings(t)).containsExactly(
                "6: Last activity describes plan 62-01 of phase 62 but the position is at plan 67-04 of phase 67; describe the latest work in Last activity");
    }

    @Test
    void anActivityOfALaterPhaseIsNotReported() {
        // phases do not always run in number order: work on phase 5 may be the newest while the position is in 4
        String t = "Phase: 4 of 6\nPlan: 04-02\nLast activity: 2026-02-20 — Completed 05-01-PLAN.md\n";
        assertThat(findings(t)).isEmpty();
    }

    @Test
    void aPositionWithNoPlanDoneInItsPhaseIsNotReported() {
        String t = "Phase: 5 of 6\nPlan: 0 of 3\nLast activity: 2026-02-20 — Completed 04-03-PLAN.md\n";
        assertThat(findings(t)).isEmpty();
    }
}
