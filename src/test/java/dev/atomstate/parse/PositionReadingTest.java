package dev.atomstate.parse;

import dev.atomstate.model.StateModel.Reading;
import dev.atomstate.model.StateModel.Value;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The position as a person reads it: the forms of issue 14, each in a small file written for the case. */
class PositionReadingTest {

    static Reading read(String text) {
        return StateParser.parse("STATE.md", text).model().reading();
    }

    static String text(Value v) {
        return v == null ? null : v.text();
    }

    static String source(Value v) {
        return v == null ? null : v.source();
    }

    @Nested
    class PhaseLines {
        @Test
        void aLifecycleWordAfterTheCounterIsAStateAndTheParenthesesHoldTheName() {
            Reading r = read("## Current Position\n\nPhase: 2 of 3 COMPLETE (API Layer)\nPlan: 4 of 4\n");
            assertThat(text(r.phaseNumber())).isEqualTo("2");
            assertThat(text(r.phaseName())).isEqualTo("API Layer");
            assertThat(text(r.phaseTotal())).isEqualTo("3");
            assertThat(text(r.status())).isEqualTo("COMPLETE");
            assertThat(source(r.status())).isEqualTo("phase-line");
        }

        @Test
        void aStateInParenthesesOrAfterADashIsNotPartOfTheName() {
            Reading r = read("Phase: Phase 2 — Job Execution & Lifecycle (Complete)\nStatus: Phase complete\n");
            assertThat(text(r.phaseName())).isEqualTo("Job Execution & Lifecycle");
            assertThat(text(r.status())).isEqualTo("Phase complete");
            assertThat(text(read("Phase: 3: Financial Engine — IN PROGRESS (2026-05-11)\n").phaseName())).isEqualTo("Financial Engine");
            Reading verified = read("- **Phase**: 5 — ✅ COMPLETE & VERIFIED\n");
            assertThat(text(verified.phaseNumber())).isEqualTo("5");
            assertThat(verified.phaseName()).isNull();
            assertThat(text(verified.status())).isEqualTo("COMPLETE & VERIFIED");
        }

        @Test
        void aWordInParenthesesThatIsAStateIsNoName() {
            Reading r = read("- **Phase**: 1 (Completed)\n- **Status**: Ready for Phase 2\n");
            assertThat(text(r.phaseNumber())).isEqualTo("1");
            assertThat(r.phaseName()).isNull();
            assertThat(text(r.status())).isEqualTo("Ready for Phase 2");
            Reading note = read("- **Current Phase**: 0 — Not started (just initialized)\n");
            assertThat(note.phaseName()).isNull();
            assertThat(text(note.status())).isEqualTo("Not started (just initialized)");
        }

        @Test
        void currentPhaseWithALifecycleWordIsAStateNotAName() {
            Reading r = read("Current Phase: Phase 1 complete\n");
            assertThat(text(r.phaseNumber())).isEqualTo("1");
            assertThat(r.phaseName()).isNull();
            assertThat(text(r.status())).isEqualTo("complete");
        }

        @Test
        void aLifecycleWordAloneIsNoPhase() {
            Reading r = read("**Phase:** complete\n");
            assertThat(r.phaseNumber()).isNull();
            assertThat(text(r.status())).isEqualTo("complete");
            assertThat(read("**Phase:** planning\n").phaseNumber()).isNull();
        }

        @Test
        void aCountOfPlansOnThePhaseLineIsThePlanTotalNotTheName() {
            Reading r = read("Phase: 8 of 8 — Deploy & Polish (7 of 7 plans complete)\nPlan: 08-06 complete.\nStatus: Deployed\n");
            assertThat(text(r.phaseName())).isEqualTo("Deploy & Polish");
            assertThat(text(r.planNumber())).isEqualTo("6");
            assertThat(text(r.planTotal())).isEqualTo("7");
            Reading arrow = read("Phase: 4 of 5 in progress → 1/2 plans complete\nPlan: 04-01 complete → next: 04-02\n");
            assertThat(arrow.phaseName()).isNull();
            assertThat(text(arrow.planTotal())).isEqualTo("2");
        }

        @Test
        void markdownAroundTheNumberOrTheWholeValueIsNotPartOfIt() {
            Reading bold = read("## Current Position\n\n| Field | Value |\n|---|---|\n| Phase | **12** — `Search` [Index](docs/x.md) |\n");
            assertThat(text(bold.phaseNumber())).isEqualTo("12");
            assertThat(text(bold.phaseName())).isEqualTo("Search Index");
            assertThat(bold.phaseNumber().raw()).isEqualTo("**12** — `Search` [Index](docs/x.md)");
            Reading whole = read("* **Active Phase**: **Phase 1: Cloud Migration (Supabase)**\n");
            assertThat(text(whole.phaseNumber())).isEqualTo("1");
            assertThat(text(whole.phaseName())).isEqualTo("Cloud Migration (Supabase)");
        }
    }

    @Nested
    class PlanLines {
        @Test
        void aPlanNumberAloneWithItsState() {
            Reading done = read("Phase: 3 of 5\nPlan: 03 complete (phase complete)\n");
            assertThat(text(done.planNumber())).isEqualTo("3");
            assertThat(done.plan().complete()).isTrue();
            Reading parenthesised = read("Phase: 3 of 5\nPlan: 01 (complete)\n");
            assertThat(text(parenthesised.planNumber())).isEqualTo("1");
            assertThat(parenthesised.plan().complete()).isTrue();
            Reading named = read("Phase: 3 of 5\nPlan: 02 (Schema Migration)\n");
            assertThat(text(named.planNumber())).isEqualTo("2");
            assertThat(named.plan().complete()).isFalse();
            assertThat(named.plan().id()).isEqualTo("3-02");
        }

        @Test
        void aRangeOfPlansIsNoPlan() {
            assertThat(read("Phase: 8\nPlan: 01-07 all code-complete\n").planNumber()).isNull();
        }

        @Test
        void aPositionBlockWithSeveralPhasesTakesTheOneInProgressAndItsOwnFields() {
            Reading r = read("## Active Phase\n\nPhase 2: Ingestion — COMPLETE\nStatus: all done\n\nPhase 3: Engine — IN PROGRESS\n"
                    + "Status: Plans 01-02 complete\nCurrent position: Plan 03 next\n");
            assertThat(text(r.phaseNumber())).isEqualTo("3");
            assertThat(text(r.phaseName())).isEqualTo("Engine");
            assertThat(text(r.status())).isEqualTo("Plans 01-02 complete");
            assertThat(text(r.planNumber())).isEqualTo("3");
        }

        @Test
        void aLineAboutTwoPhasesStatesNoPosition() {
            assertThat(read("## Current position\n\n- Phase 1: complete. Phase 2: complete.\n").phaseNumber()).isNull();
        }
    }

    @Nested
    class WhereTheBodyIsSilent {
        @Test
        void theFrontmatterFillsInAndSaysSo() {
            Reading r = read("---\ncurrent_phase: 04\ncurrent_plan: 2\nstatus: executing\nprogress:\n  total_phases: 6\n---\n\n# State\n");
            assertThat(text(r.phaseNumber())).isEqualTo("04");
            assertThat(source(r.phaseNumber())).isEqualTo("frontmatter");
            assertThat(text(r.phaseTotal())).isEqualTo("6");
            assertThat(text(r.planNumber())).isEqualTo("2");
            assertThat(text(r.status())).isEqualTo("executing");
            assertThat(r.status().line()).isEqualTo(4);
        }

        @Test
        void theBodyWinsOverTheFrontmatter() {
            Reading r = read("---\ncurrent_phase: 3\nstatus: completed\n---\n\nPhase: 4 of 5\nStatus: In progress\n");
            assertThat(text(r.phaseNumber())).isEqualTo("4");
            assertThat(source(r.phaseNumber())).isEqualTo("body");
            assertThat(text(r.status())).isEqualTo("In progress");
        }

        @Test
        void aFrontmatterTotalOfZeroIsAPlaceholderAndUnknownIsNoStatus() {
            Reading r = read("---\nstatus: unknown\nprogress:\n  total_phases: 0\n---\n\nPhase: 2 (slug-name) — In Progress\n");
            assertThat(r.phaseTotal()).isNull();
            assertThat(text(r.status())).isEqualTo("In Progress");
            assertThat(source(r.status())).isEqualTo("phase-line");
        }

        @Test
        void aPhaseOnlyInTheFocusLineTakesItsNameFromAPhaseTable() {
            Reading r = read("**Current focus:** Phase 7 completed. Ready for demo.\n\n| Phase | Name | Status |\n|---|---|---|\n"
                    + "| 6 | CLI | Done |\n| 07 | Web Dashboard | Done |\n");
            assertThat(text(r.phaseNumber())).isEqualTo("7");
            assertThat(source(r.phaseNumber())).isEqualTo("focus");
            assertThat(text(r.phaseName())).isEqualTo("Web Dashboard");
            assertThat(source(r.phaseName())).isEqualTo("phase-table");
        }

        @Test
        void readyForPhaseNameInTheFocus() {
            Reading r = read("**Current focus:** Ready for Phase 1 (Foundation)\n");
            assertThat(text(r.phaseNumber())).isEqualTo("1");
            assertThat(text(r.phaseName())).isEqualTo("Foundation");
        }

        @Test
        void aNumberOnlyPositionTakesTheNameTheFocusGivesThatPhase() {
            Reading r = read("**Current focus:** Phase 1 — Backend\n\n## Current Status\n\n**Phase:** 1 / 2\n**Status:** Not started\n");
            assertThat(text(r.phaseName())).isEqualTo("Backend");
            assertThat(source(r.phaseName())).isEqualTo("focus");
            assertThat(text(r.phaseTotal())).isEqualTo("2");
            Reading stale = read("**Current focus:** Phase 1 — Backend\n\nPhase: 2 of 4\n");
            assertThat(stale.phaseName()).isNull();
        }

        @Test
        void placeholdersAreNoValues() {
            Reading r = read("**Phase:** {{N}} of {{M}} ({{Phase name}})\n**Status:** {{Ready to plan | In progress}}\n");
            assertThat(r.phaseNumber()).isNull();
            assertThat(r.status()).isNull();
        }

        @Test
        void theNewestRecentActivityDateWhenNoFieldSaysIt() {
            Reading r = read("## Recent Activity\n\n- 2026-04-12: built it\n- 2026-04-13: shipped it\n- 2026-04-11: planned it\n");
            assertThat(text(r.lastActivity())).isEqualTo("2026-04-13");
            assertThat(source(r.lastActivity())).isEqualTo("recent-activity");
        }
    }

    @Nested
    class PlainText {
        @Test
        void markdownIsRemovedAndCodeKeptAsWritten() {
            assertThat(Markdown.plain("**Phase 35-03 complete** — Package Installer")).isEqualTo("Phase 35-03 complete — Package Installer");
            assertThat(Markdown.plain("🔄 Phase 4 in progress")).isEqualTo("Phase 4 in progress");
            assertThat(Markdown.plain("see [Backend](phases/01) and `__init__.py`")).isEqualTo("see Backend and __init__.py");
            assertThat(Markdown.plain("~~old~~ *new* _one_ snake_case_name")).isEqualTo("old new one snake_case_name");
            assertThat(Markdown.plain("5 * 3 * 2")).isEqualTo("5 * 3 * 2");
        }

        @Test
        void statusAndFocusKeepTheirRawText() {
            Reading r = read("**Current focus:** `Phase 3` — **API**\nStatus: ✅ **Complete**\n");
            assertThat(text(r.focus())).isEqualTo("Phase 3 — API");
            assertThat(r.focus().raw()).isEqualTo("`Phase 3` — **API**");
            assertThat(text(r.status())).isEqualTo("Complete");
            assertThat(r.status().raw()).isEqualTo("✅ **Complete**");
        }
    }
}
