package dev.atomstate.parse;

import dev.atomstate.model.StateModel.Activity;
import dev.atomstate.model.StateModel.Phase;
import dev.atomstate.model.StateModel.Plan;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PositionValuesTest {

    @Nested
    class PhaseValues {
        @Test
        void slugForm() {
            Phase p = PositionValues.phase("62-test-coverage-80pct", 12);
            assertThat(p.number()).isEqualTo("62");
            assertThat(p.name()).isEqualTo("test-coverage-80pct");
            assertThat(p.total()).isNull();
            assertThat(p.line()).isEqualTo(12);
            assertThat(p.raw()).isEqualTo("62-test-coverage-80pct");
        }

        @Test
        void counterWithNameInParentheses() {
            Phase p = PositionValues.phase("35 of 37 (Python Package Support)", 1);
            assertThat(p.number()).isEqualTo("35");
            assertThat(p.total()).isEqualTo(37);
            assertThat(p.name()).isEqualTo("Python Package Support");
        }

        @Test
        void paddingIsKeptAsWritten() {
            assertThat(PositionValues.phase("03", 1).number()).isEqualTo("03");
            Phase p = PositionValues.phase("08 (album-sharing) — EXECUTING", 1);
            assertThat(p.number()).isEqualTo("08");
            assertThat(p.name()).isEqualTo("album-sharing");
        }

        @Test
        void decimalPhasesAndDashNames() {
            Phase p = PositionValues.phase("Phase 5.1 of 9", 1);
            assertThat(p.number()).isEqualTo("5.1");
            assertThat(p.total()).isEqualTo(9);
            Phase dash = PositionValues.phase("4 - User Profile", 1);
            assertThat(dash.number()).isEqualTo("4");
            assertThat(dash.name()).isEqualTo("User Profile");
            assertThat(PositionValues.phase("2/4", 1).total()).isEqualTo(4);
        }

        @Test
        void decorationIsIgnored() {
            assertThat(PositionValues.phase("**3**", 1).number()).isEqualTo("3");
            assertThat(PositionValues.phase("`7`", 1).number()).isEqualTo("7");
        }

        @Test
        void proseHasNoNumber() {
            Phase p = PositionValues.phase("Not started", 1);
            assertThat(p.number()).isNull();
            assertThat(p.raw()).isEqualTo("Not started");
        }
    }

    @Nested
    class PlanValues {
        @Test
        void counterInCurrentPhase() {
            Plan p = PositionValues.plan("2 of 5 in current phase", 13, "35");
            assertThat(p.number()).isEqualTo(2);
            assertThat(p.total()).isEqualTo(5);
            assertThat(p.complete()).isFalse();
            assertThat(p.id()).isEqualTo("35-02");
            assertThat(p.line()).isEqualTo(13);
        }

        @Test
        void counterThatSaysComplete() {
            Plan p = PositionValues.plan("3 of 7 complete", 1, "35");
            assertThat(p.number()).isEqualTo(3);
            assertThat(p.total()).isEqualTo(7);
            assertThat(p.complete()).isTrue();
            assertThat(p.id()).isEqualTo("35-03");
        }

        @Test
        void slashWithAStatusWordIsNotATotal() {
            Plan p = PositionValues.plan("1/IN PROGRESS", 1, "62");
            assertThat(p.number()).isEqualTo(1);
            assertThat(p.total()).isNull();
            assertThat(p.complete()).isFalse();
            assertThat(p.id()).isEqualTo("62-01");
            assertThat(PositionValues.plan("2/COMPLETE", 1, "62").complete()).isTrue();
        }

        @Test
        void plainPlanId() {
            Plan p = PositionValues.plan("67-04", 1, "67");
            assertThat(p.id()).isEqualTo("67-04");
            assertThat(p.number()).isEqualTo(4);
            assertThat(p.total()).isNull();
            assertThat(p.complete()).isFalse();
            assertThat(PositionValues.plan("5.1-02", 1, null).id()).isEqualTo("5.1-02");
        }

        @Test
        void slugIdWithCompleteMarker() {
            Plan p = PositionValues.plan("17-agent-layer-03 COMPLETE", 1, "17");
            assertThat(p.id()).isEqualTo("17-03");
            assertThat(p.number()).isEqualTo(3);
            assertThat(p.complete()).isTrue();
        }

        @Test
        void counterWithoutAKnownPhaseHasNoId() {
            Plan p = PositionValues.plan("2 of 4", 1, null);
            assertThat(p.id()).isNull();
            assertThat(p.number()).isEqualTo(2);
        }

        @Test
        void unknownTotalsAndProse() {
            assertThat(PositionValues.plan("1 of ?", 1, "3").total()).isNull();
            assertThat(PositionValues.plan("4/TBD", 1, "3").total()).isNull();
            Plan none = PositionValues.plan("Not started", 1, "3");
            assertThat(none.id()).isNull();
            assertThat(none.number()).isNull();
            assertThat(none.complete()).isFalse();
        }
    }

    @Nested
    class ActivityValues {
        @Test
        void dateDashText() {
            Activity a = PositionValues.activity("2026-02-20 — Phase 62-01 COMPLETE: x", 27);
            assertThat(a.date()).isEqualTo("2026-02-20");
            assertThat(a.text()).isEqualTo("Phase 62-01 COMPLETE: x");
            assertThat(a.line()).isEqualTo(27);
        }

        @Test
        void doubleHyphenAndPipeSeparatorsAndATime() {
            assertThat(PositionValues.activity("2026-02-17 -- Completed 02-02-PLAN.md (y)", 1).text())
                    .isEqualTo("Completed 02-02-PLAN.md (y)");
            Activity timed = PositionValues.activity("2026-02-17 14:05 | z", 1);
            assertThat(timed.date()).isEqualTo("2026-02-17 14:05");
            assertThat(timed.text()).isEqualTo("z");
        }

        @Test
        void bareDateAndProse() {
            Activity bare = PositionValues.activity("2026-06-01", 1);
            assertThat(bare.date()).isEqualTo("2026-06-01");
            assertThat(bare.text()).isNull();
            Activity prose = PositionValues.activity("yesterday", 1);
            assertThat(prose.date()).isNull();
            assertThat(prose.text()).isEqualTo("yesterday");
        }
    }

    @Test
    void firstPlanIdSkipsDatesAndSlugs() {
        assertThat(PositionValues.firstPlanId("on 2026-02-20 we Completed Phase 67-02 - x")).isEqualTo("67-02");
        assertThat(PositionValues.firstPlanId("Completed 15-02-PLAN.md")).isEqualTo("15-02");
        assertThat(PositionValues.firstPlanId("Phase 5.1-03 done")).isEqualTo("5.1-03");
        assertThat(PositionValues.firstPlanId("2026-02-20 only a date")).isNull();
        assertThat(PositionValues.firstPlanId("Phase 41-stream-compaction")).isNull();
        assertThat(PositionValues.firstPlanId(null)).isNull();
    }

    @Test
    void firstPhaseNumber() {
        assertThat(PositionValues.firstPhaseNumber("Phase 2 - Meal Planner")).isEqualTo("2");
        assertThat(PositionValues.firstPhaseNumber("see phase 5.1 notes")).isEqualTo("5.1");
        assertThat(PositionValues.firstPhaseNumber("no number here")).isNull();
    }
}
