package dev.atomstate.app;

import dev.atomstate.model.AtomstateException;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.StateParser;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * complete-plan on small documents of each dialect: exactly which lines change, what is refused, and that applying
 * the change and running again changes nothing.
 */
class CompletePlanTest {
    static final ZonedDateTime NOW = ZonedDateTime.parse("2026-03-01T09:30:00Z");

    static CompletePlan.Options opts(String id) {
        return new CompletePlan.Options(id, null, null, null, null, false);
    }

    static CompletePlan.Options opts(String id, String duration, Integer tasks, Integer files, String title) {
        return new CompletePlan.Options(id, duration, tasks, files, title, false);
    }

    static Change run(String text, CompletePlan.Options o) {
        return CompletePlan.run(StateParser.parse("STATE.md", text), o, NOW);
    }

    /** Applies the change, then asserts that running the same options again is a no-op. */
    static String completeIdempotently(String text, CompletePlan.Options o) {
        Change first = run(text, o);
        assertThat(first.isNoop()).as("the first run changes something").isFalse();
        String after = first.apply(text);
        Change again = run(after, o);
        assertThat(again.edits()).as("running again changes nothing").isEmpty();
        assertThat(again.notes()).singleElement().asString().contains("already recorded as complete");
        assertThat(again.facts()).containsEntry("alreadyComplete", true);
        return after;
    }

    static AtomstateException refusal(String text, CompletePlan.Options o) {
        return catchThrowableOfType(() -> run(text, o), AtomstateException.class);
    }

    @Nested
    class Idempotence {
        static final String COUNTER_ONLY = """
                ## Current Position

                Phase: 2 of 3 (Importers)
                Plan: 2 of 3 in current phase
                Status: In progress
                Last activity: 2026-02-17 -- Completed 02-02-PLAN.md (table importer)

                Progress: [██████░░░░] 57% (4/7 plans)
                """;

        @Test
        void theLastPlanOfAPhaseWithoutMetricsIsNotCountedTwice() {
            // no metrics table: only the position says what is done
            String after = completeIdempotently(COUNTER_ONLY, opts("02-03"));
            assertThat(after).contains("Plan: 3 of 3 in current phase\n").contains("(5/7 plans)");
        }

        @Test
        void aPlanTheLastActivityNamesAsCompletedIsANoop() {
            Change c = run(COUNTER_ONLY, opts("2-2"));
            assertThat(c.isNoop()).isTrue();
            assertThat(c.notes()).singleElement().asString().contains("02-02 is already recorded as complete");
        }

        @Test
        void stoppedAtAndStatusCountAsStatementsToo() {
            String stopped = "Plan: 67-04\n\n## Session Continuity\n\nStopped at: Completed Phase 67-05 - Docs\n";
            assertThat(run(stopped, opts("67-05")).isNoop()).isTrue();
            String status = "Plan: 2 of 5\nStatus: Phase 35-03 complete - Installer\n";
            assertThat(run("Phase: 35\n" + status, opts("35-03")).isNoop()).isTrue();
            // a mention that is not a completion does not count
            String started = "Phase: 35\nPlan: 2 of 5\nLast activity: 2026-02-19 — Started 35-03 after 35-02 complete\n";
            assertThat(run(started, opts("35-03")).isNoop()).isFalse();
        }
    }

    @Nested
    class GsdTemplate {
        static final String DOC = """
                # Project State

                ## Current Position

                Phase: 2 of 4 (Meal Planner)
                Plan: 1 of 2 in current phase
                Status: In progress
                Last activity: 2026-02-10 — Completed 02-01-PLAN.md

                ## Performance Metrics

                **Velocity:**
                - Total plans completed: 4
                - Average duration: 12 min
                - Total execution time: 0.8 hours

                *Updated after each plan completion*
                | Phase 01 P01 | 10 min | 2 tasks | 3 files |
                | Phase 02 P01 | 13 min | 3 tasks | 5 files |

                ## Session Continuity

                Last session: 2026-02-10 14:05
                Stopped at: Completed 02-01-PLAN.md
                Resume file: None
                """;

        @Test
        void idsAreWrittenWithThePaddingOfThePlanIdsNotOfThePhaseField() {
            // "Phase: 2 of 4" but plan ids read 02-01: whether typed 2-2 or 02-02, the file gets 02-02
            for (String typed : new String[] {"2-2", "02-02", "2-02", "002-2"}) {
                String after = run(DOC, opts(typed, "11min", 2, 4, null)).apply(DOC);
                assertThat(after).as(typed)
                        .contains("Last activity: 2026-03-01 — Completed 02-02-PLAN.md\n")
                        .contains("| Phase 02 P02 | 11 min | 2 tasks | 4 files |\n")
                        .contains("Stopped at: Completed 02-02-PLAN.md\n")
                        .doesNotContain(" 2-02");
            }
        }
    }

    @Nested
    class BoldFields {
        static final String DOC = """
                # shelfmark — Project State

                **Current Phase:** 03
                **Current Plan:** 2 of 3
                **Status:** In progress
                **Last Activity:** 2026-04-14 — Completed 03-02-PLAN.md (overdue-loan reminder scheduler)
                **Progress:** [▓▓▓▓▓░░░░░] 50% (6/12 plans)

                ## Performance Metrics

                **Plans completed:** 6
                **Average duration:** 17 min

                | Phase | Plan | Duration | Tasks | Files | Completed |
                |-------|------|----------|-------|-------|-----------|
                | 03 | 01 | 25 min | 4 | 8 | 2026-04-13 |
                | 03 | 02 | 14 min | 2 | 3 | 2026-04-14 |

                ## Session

                **Last Session:** 2026-04-14 17:40
                **Stopped At:** Completed 03-02-PLAN.md
                **Resume File:** None
                """;

        @Test
        void lastPlanOfThePhaseInTheBoldDialect() {
            String after = completeIdempotently(DOC, opts("3-3", "16min", 3, 5, "Overdue e-mail digest"));
            assertThat(after).isEqualTo("""
                    # shelfmark — Project State

                    **Current Phase:** 03
                    **Current Plan:** 3 of 3
                    **Status:** Phase complete — ready for verification
                    **Last Activity:** 2026-03-01 — Completed 03-03-PLAN.md (Overdue e-mail digest)
                    **Progress:** [▓▓▓▓▓▓░░░░] 58% (7/12 plans)

                    ## Performance Metrics

                    **Plans completed:** 7
                    **Average duration:** 17 min

                    | Phase | Plan | Duration | Tasks | Files | Completed |
                    |-------|------|----------|-------|-------|-----------|
                    | 03 | 01 | 25 min | 4 | 8 | 2026-04-13 |
                    | 03 | 02 | 14 min | 2 | 3 | 2026-04-14 |
                    | 03 | 03 | 16 min | 3 | 5 | 2026-03-01 |

                    ## Session

                    **Last Session:** 2026-03-01 09:30
                    **Stopped At:** Completed 03-03-PLAN.md
                    **Resume File:** None
                    """);
        }

        @Test
        void aParenthesisedTitleStaysParenthesised() {
            String after = run(DOC, opts("03-03", null, null, null, "Digest")).apply(DOC);
            assertThat(after).contains("**Last Activity:** 2026-03-01 — Completed 03-03-PLAN.md (Digest)\n");
        }

        @Test
        void aTitleAfterABarePlanFileUsesAColon() {
            String bare = DOC.replace(" (overdue-loan reminder scheduler)", "");
            String after = run(bare, opts("03-03", null, null, null, "Digest")).apply(bare);
            assertThat(after).contains("**Last Activity:** 2026-03-01 — Completed 03-03-PLAN.md: Digest\n");
        }
    }

    @Nested
    class VelocityTotals {
        @Test
        void aBarePlansCompletedCountIsATotal() {
            String doc = "Phase: 3\nPlan: 3-01\n\n**Plans completed:** 6\n";
            assertThat(run(doc, opts("3-02")).apply(doc)).contains("**Plans completed:** 7\n");
        }

        @Test
        void aFractionIsNotATotalAndIsLeftAlone() {
            String doc = "Phase: 3\nPlan: 3-01\n\n- **Plans completed:** 5 / 6\n";
            assertThat(run(doc, opts("3-02")).apply(doc)).contains("- **Plans completed:** 5 / 6\n");
        }

        @Test
        void totalPlansCompletedWinsOverALaterPlansCompleted() {
            String doc = "Phase: 3\nPlan: 3-01\n\n- Total plans completed: 10\n\n**v2 Velocity:**\n- Plans completed: 2\n";
            String after = run(doc, opts("3-02")).apply(doc);
            assertThat(after).contains("- Total plans completed: 11\n").contains("- Plans completed: 2\n");
        }
    }
}
