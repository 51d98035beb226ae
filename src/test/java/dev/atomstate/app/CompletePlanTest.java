package dev.atomstate.app;

import dev.atomstate.edit.Change;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.parse.StateParser;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * complete-plan on small documents of each dialect: exactly which lines change, what is refused, and that applying
 * the change and running again changes nothing.
 */
class CompletePlanTest {
    /**
     * Minimal fixtures need a line that records the plan: counters alone cannot tell a second run that the plan
     * was already counted, so complete-plan refuses a file where nothing else would change.
     */
    static final String ACTIVITY = "Last activity: 2026-02-20 — Completed 03-01-PLAN.md\n";

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
            // they already say the plan is done, so they are kept as written; only the plan field behind them moves (issue 14)
            String stopped = "Plan: 67-04\n\n## Session Continuity\n\nStopped at: Completed Phase 67-05 - Docs\n";
            assertThat(completeIdempotently(stopped, opts("67-05")))
                    .isEqualTo("Plan: 67-05\n\n## Session Continuity\n\nStopped at: Completed Phase 67-05 - Docs\n");
            String status = "Phase: 35\nPlan: 2 of 5\nStatus: Phase 35-03 complete - Installer\n";
            assertThat(completeIdempotently(status, opts("35-03"))).contains("Status: Phase 35-03 complete - Installer\n")
                    .doesNotContain("Plan: 2 of 5");
            // a file whose every record agrees changes nothing
            String agreed = "Phase: 35\nPlan: 3 of 5 complete\nStatus: Phase 35-03 complete - Installer\n";
            assertThat(run(agreed, opts("35-03")).isNoop()).isTrue();
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
        void lastPlanOfThePhase() {
            String after = completeIdempotently(DOC, opts("02-02", "11min", 2, 4, "Shopping list"));
            assertThat(after).isEqualTo("""
                    # Project State

                    ## Current Position

                    Phase: 2 of 4 (Meal Planner)
                    Plan: 2 of 2 in current phase
                    Status: Phase complete — ready for verification
                    Last activity: 2026-03-01 — Completed 02-02-PLAN.md: Shopping list

                    ## Performance Metrics

                    **Velocity:**
                    - Total plans completed: 5
                    - Average duration: 12 min
                    - Total execution time: 1.0 hours

                    *Updated after each plan completion*
                    | Phase 01 P01 | 10 min | 2 tasks | 3 files |
                    | Phase 02 P01 | 13 min | 3 tasks | 5 files |
                    | Phase 02 P02 | 11 min | 2 tasks | 4 files |

                    ## Session Continuity

                    Last session: 2026-03-01 09:30
                    Stopped at: Completed 02-02-PLAN.md
                    Resume file: None
                    """);
        }

        @Test
        void withoutDurationNoMetricsRowAndTheTimeTotalsStay() {
            Change c = run(DOC, opts("02-02"));
            String after = c.apply(DOC);
            assertThat(after).contains("- Total plans completed: 5\n")
                    .contains("- Total execution time: 0.8 hours\n")
                    .contains("- Average duration: 12 min\n")
                    .doesNotContain("P02 |");
            assertThat(c.notes()).contains("no metrics row written: give --duration to record one");
        }

        @Test
        void theSameDocumentWithCrlfChangesTheSameLinesAndKeepsCrlf() {
            String crlf = DOC.replace("\n", "\r\n");
            String lf = run(DOC, opts("02-02", "11min", 2, 4, "Shopping list")).apply(DOC);
            String after = completeIdempotently(crlf, opts("02-02", "11min", 2, 4, "Shopping list"));
            assertThat(after).isEqualTo(lf.replace("\n", "\r\n"));
        }

        @Test
        void aTitleWithLineBreaksIsOneLine() {
            String after = run(DOC, opts("02-02", null, null, null, "Shopping\n## list\r\nStatus: x")).apply(DOC);
            assertThat(after).contains("Last activity: 2026-03-01 — Completed 02-02-PLAN.md: Shopping ## list Status: x\n");
            assertThat(StateParser.parse("f", after).model().position().status().text()).startsWith("Phase complete");
        }

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
            String doc = "Phase: 3\nPlan: 3-01\n" + ACTIVITY + "\n**Plans completed:** 6\n";
            assertThat(run(doc, opts("3-02")).apply(doc)).contains("**Plans completed:** 7\n");
        }

        @Test
        void aFractionIsNotATotalAndIsLeftAlone() {
            String doc = "Phase: 3\nPlan: 3-01\n" + ACTIVITY + "\n- **Plans completed:** 5 / 6\n";
            assertThat(run(doc, opts("3-02")).apply(doc)).contains("- **Plans completed:** 5 / 6\n");
        }

        @Test
        void totalPlansCompletedWinsOverALaterPlansCompleted() {
            String doc = "Phase: 3\nPlan: 3-01\n" + ACTIVITY + "\n- Total plans completed: 10\n\n**v2 Velocity:**\n- Plans completed: 2\n";
            String after = run(doc, opts("3-02")).apply(doc);
            assertThat(after).contains("- Total plans completed: 11\n").contains("- Plans completed: 2\n");
        }
    }

    @Nested
    class PreviousChains {
        static final String DOC = """
                ## Current Position

                Phase: 67-ci-cd-pipeline-fixes
                Plan: 67-04
                Status: Phase 67 Plan 04 COMPLETE - Monitoring (5 tasks, 7 minutes)

                Previous: Phase 67-03 COMPLETE - Caching

                Previous: Phase 67-02 COMPLETE - Docker build
                Last activity: 2026-02-20 — Phase 67-04 COMPLETE: Monitoring and alerting

                Previous: 2026-02-19 — Phase 67-03 COMPLETE: Caching layer

                Previous: 2026-02-18 — Phase 67-02 COMPLETE: Docker build

                ## Session Continuity

                Last session: 2026-02-20 10:00
                Stopped at: Phase 67-04 COMPLETE - Monitoring
                """;

        @Test
        void oldStatusAndOldLastActivityGoToTheTopOfTheirChains() {
            String after = completeIdempotently(DOC, opts("67-5", null, null, null, "Rollback drill"));
            assertThat(after).isEqualTo("""
                    ## Current Position

                    Phase: 67-ci-cd-pipeline-fixes
                    Plan: 67-05
                    Status: Phase 67 Plan 05 COMPLETE - Rollback drill

                    Previous: Phase 67 Plan 04 COMPLETE - Monitoring (5 tasks, 7 minutes)

                    Previous: Phase 67-03 COMPLETE - Caching

                    Previous: Phase 67-02 COMPLETE - Docker build
                    Last activity: 2026-03-01 — Phase 67-05 COMPLETE: Rollback drill

                    Previous: 2026-02-20 — Phase 67-04 COMPLETE: Monitoring and alerting

                    Previous: 2026-02-19 — Phase 67-03 COMPLETE: Caching layer

                    Previous: 2026-02-18 — Phase 67-02 COMPLETE: Docker build

                    ## Session Continuity

                    Last session: 2026-03-01 09:30
                    Stopped at: Phase 67-05 COMPLETE - Rollback drill
                    """);
            var history = StateParser.parse("f", after).model().history();
            assertThat(history).extracting(h -> h.chain() + " " + h.planId()).containsExactly(
                    "status null", "status 67-03", "status 67-02",
                    "last activity 67-04", "last activity 67-03", "last activity 67-02");
        }

        @Test
        void aChainWithoutBlankLinesStaysWithoutBlankLines() {
            String doc = "Phase: 35\nPlan: 35-02\nLast activity: 2026-02-19 — Phase 35-02 COMPLETE: B\nPrevious: 2026-02-18 — Phase 35-01 COMPLETE: A\n";
            String after = completeIdempotently(doc, opts("35-03"));
            assertThat(after).isEqualTo("Phase: 35\nPlan: 35-03\nLast activity: 2026-03-01 — Phase 35-03 COMPLETE\n"
                    + "Previous: 2026-02-19 — Phase 35-02 COMPLETE: B\nPrevious: 2026-02-18 — Phase 35-01 COMPLETE: A\n");
        }

        @Test
        void slugPlanFormKeepsItsSlug() {
            String doc = "Phase: 17-agent-layer\nPlan: 17-agent-layer-03 COMPLETE\n";
            assertThat(completeIdempotently(doc, opts("17-04"))).isEqualTo("Phase: 17-agent-layer\nPlan: 17-agent-layer-04 COMPLETE\n");
        }

        @Test
        void slashStatusCounterAdvances() {
            String doc = "Phase: 62-test-coverage-80pct\nPlan: 1/IN PROGRESS\nLast activity: 2026-02-20 — started\n";
            String after = run(doc, opts("62-01")).apply(doc);
            assertThat(after).isEqualTo("Phase: 62-test-coverage-80pct\nPlan: 2/IN PROGRESS\nLast activity: 2026-03-01 — Completed 62-01\n");
            assertThat(run(after, opts("62-01")).isNoop()).isTrue();
        }
    }

    @Nested
    class Frontmatter {
        static final String DOC = """
                ---
                milestone: v1.2
                status: executing
                stopped_at: Completed 08-02-PLAN.md
                last_updated: "2026-06-01T10:00:00.000Z"
                last_activity: 2026-06-01
                progress:
                  total_plans: 9
                  completed_plans: 5
                  percent: 56
                ---

                # Project State

                ## Current Position

                Phase: 08 (album-sharing) — EXECUTING
                Plan: 2 of 3
                Status: Executing Phase 08
                Last activity: 2026-06-01 -- Completed 08-02-PLAN.md (signed share links)

                Progress: [██████░░░░] 56% (5/9 plans in milestone v1.2)

                ## Session Continuity

                Last session: 2026-06-01 10:00
                Stopped at: Completed 08-02-PLAN.md
                Resume file: None
                """;

        @Test
        void frontmatterCountersFollowTheBody() {
            String after = completeIdempotently(DOC, opts("8-3", null, null, null, "Slideshow"));
            assertThat(after).isEqualTo("""
                    ---
                    milestone: v1.2
                    status: executing
                    stopped_at: Completed 08-03-PLAN.md
                    last_updated: "2026-03-01T09:30:00.000Z"
                    last_activity: 2026-03-01
                    progress:
                      total_plans: 9
                      completed_plans: 6
                      percent: 67
                    ---

                    # Project State

                    ## Current Position

                    Phase: 08 (album-sharing) — EXECUTING
                    Plan: 3 of 3
                    Status: Phase complete -- ready for verification
                    Last activity: 2026-03-01 -- Completed 08-03-PLAN.md (Slideshow)

                    Progress: [███████░░░] 67% (6/9 plans in milestone v1.2)

                    ## Session Continuity

                    Last session: 2026-03-01 09:30
                    Stopped at: Completed 08-03-PLAN.md
                    Resume file: None
                    """);
            assertThat(StateParser.parse("f", after).problems()).isEmpty();
        }

        @Test
        void aStoppedAtThatNeedsQuotingIsQuoted() {
            String doc = DOC.replace("stopped_at: Completed 08-02-PLAN.md", "stopped_at: \"Phase 08-02 COMPLETE: links\"")
                    .replace("Stopped at: Completed 08-02-PLAN.md", "Stopped at: Phase 08-02 COMPLETE - links");
            String after = run(doc, opts("08-03", null, null, null, "Show: #1")).apply(doc);
            assertThat(after).contains("stopped_at: \"Phase 08-03 COMPLETE - Show: #1\"\n")
                    .contains("Stopped at: Phase 08-03 COMPLETE - Show: #1\n");
            assertThat(StateParser.parse("f", after).problems()).isEmpty();
            assertThat(StateParser.parse("f", after).model().frontmatter()).containsEntry("stopped_at", "Phase 08-03 COMPLETE - Show: #1");
        }
    }

    @Nested
    class Progress {
        static final String MULTI = """
                Phase: 41-stream-compaction
                Plan: 41-03
                Status: Phase 41 Plan 03 COMPLETE - Scheduler
                Milestone: v2.0

                Progress: [██████████] 100% (v1.0: 120/120 plans complete) → [████░░░░░░] 40% (v2.0: 12/30 plans) - Phase 41: 3/5 complete (60.0%)
                """;

        @Test
        void theCurrentMilestoneAndThePlansPhaseSegmentsAreUpdated() {
            String after = completeIdempotently(MULTI, opts("41-04"));
            assertThat(after).contains("Progress: [██████████] 100% (v1.0: 120/120 plans complete) → "
                    + "[████░░░░░░] 43% (v2.0: 13/30 plans) - Phase 41: 4/5 complete (80.0%)\n");
        }

        @Test
        void withoutAMilestoneTheSegmentThatIsNotFullIsUpdated() {
            String doc = MULTI.replace("Milestone: v2.0\n", "");
            assertThat(run(doc, opts("41-04")).apply(doc)).contains("(v1.0: 120/120 plans complete) → [████░░░░░░] 43% (v2.0: 13/30 plans)");
        }

        @Test
        void barsOfOtherGlyphsAndWidths() {
            String doc = "Phase: 3\nPlan: 3-01\n" + ACTIVITY + "Progress: [▓▓▓░░░░░░░░░░░░░░░░░] 15% (3/20 plans)\n";
            assertThat(run(doc, opts("3-02")).apply(doc)).contains("Progress: [▓▓▓▓░░░░░░░░░░░░░░░░] 20% (4/20 plans)\n");
            String hash = "Phase: 3\nPlan: 3-01\n" + ACTIVITY + "Progress: [##--------] 20% (2/10)\n";
            assertThat(run(hash, opts("3-02")).apply(hash)).contains("Progress: [###-------] 30% (3/10)\n");
        }

        @Test
        void aLineWithoutCountsIsLeftAsIs() {
            String doc = "Phase: 3\nPlan: 3-01\n" + ACTIVITY + "Progress: [████░░░░░░] 40%\n";
            Change c = run(doc, opts("3-02"));
            assertThat(c.apply(doc)).contains("Progress: [████░░░░░░] 40%\n");
            assertThat(c.notes()).contains("progress left as is: the line states no plan counts (done/total)");
        }
    }

    @Nested
    class Refusals {
        @Test
        void aFileWhereOnlyCountersWouldChangeIsRefused() {
            String doc = "Phase: 3\nPlan: 3-01\n\n**Plans completed:** 6\n";
            assertThatThrownBy(() -> run(doc, opts("3-02"))).isInstanceOf(AtomstateException.class)
                    .hasMessageContaining("no line of this file would record plan 3-02 as complete");
        }

        static final String DOC = "Phase: 2 of 3 (Importers)\nPlan: 2 of 3 in current phase\nStatus: In progress\n"
                + "Last activity: 2026-02-17 -- Completed 02-02-PLAN.md\n";

        @Test
        void anotherPhaseIsRefusedUnlessForced() {
            AtomstateException e = refusal(DOC, opts("03-01"));
            assertThat(e.kind()).isEqualTo(AtomstateException.Kind.REFUSED);
            assertThat(e.getMessage()).isEqualTo("STATE.md:1: plan 03-01 is not in the current phase 2; begin that phase first, or use --force");
            Change forced = run(DOC, new CompletePlan.Options("03-01", null, null, null, null, true));
            assertThat(forced.apply(DOC)).contains("Last activity: 2026-03-01 -- Completed 03-01-PLAN.md\n");
        }

        @Test
        void beyondThePlanTotalIsRefusedUnlessForced() {
            AtomstateException e = refusal(DOC, opts("2-4"));
            assertThat(e.kind()).isEqualTo(AtomstateException.Kind.REFUSED);
            assertThat(e.getMessage()).isEqualTo("STATE.md:2: plan 02-04 is beyond the 3 plans of phase 02; use --force to record it anyway");
            assertThat(run(DOC, new CompletePlan.Options("2-4", null, null, null, null, true)).isNoop()).isFalse();
        }

        @Test
        void notAnIdIsAUsageError() {
            for (String bad : new String[] {"abc", "2", "02-", "-02", "2-x", "62-01-PLAN.md", ""}) {
                AtomstateException e = refusal(DOC, opts(bad));
                assertThat(e.kind()).as(bad).isEqualTo(AtomstateException.Kind.USAGE);
                assertThat(e.getMessage()).contains("is not a plan id");
            }
        }

        @Test
        void badOptionsAreUsageErrors() {
            assertThat(refusal(DOC, opts("2-3", "soon", null, null, null)).getMessage()).startsWith("--duration 'soon' is not a duration");
            assertThat(refusal(DOC, opts("2-3", null, -1, null, null)).kind()).isEqualTo(AtomstateException.Kind.USAGE);
            assertThat(refusal(DOC, opts("2-3", null, null, -2, null)).kind()).isEqualTo(AtomstateException.Kind.USAGE);
            AtomstateException ctl = refusal(DOC, opts("2-3", null, null, null, "bell\u0007"));
            assertThat(ctl.kind()).isEqualTo(AtomstateException.Kind.USAGE);
            assertThat(ctl.getMessage()).contains("--title contains control character U+0007");
        }

        @Test
        void anAlreadyCompletePlanIsNotRefusedEvenInAnotherPhase() {
            String doc = DOC + "\n| Phase 01 P01 | 10 min | 2 tasks | 3 files |\n";
            assertThat(run(doc, opts("1-1")).isNoop()).isTrue();
        }
    }

    @Nested
    class DecisionsTableDialect {
        /** GSD rows under a "By Phase" table, and a Decisions Made table: the row goes to the GSD rows only. */
        static final String DOC = """
                ## Current Position

                Phase: 2 of 3 (Importers)
                Plan: 2 of 3 in current phase
                Status: In progress
                Last activity: 2026-02-17 -- Completed 02-02-PLAN.md (table importer)

                ## Performance Metrics

                | Phase | Plans | Total | Avg/Plan |
                |-------|-------|-------|----------|
                | 02 | 2 | 31 min | 16 min |

                *Updated after each plan completion*
                | Phase 02 P01 | 17 min | 3 tasks | 5 files |
                | Phase 02 P02 | 14 min | 1 task | 3 files |

                ## Decisions Made

                | Phase | Decision | Rationale |
                |-------|----------|-----------|
                | 02-02 | Reject incomplete tables | Off by centimetres |
                """.replace("\n", "\r\n");

        @Test
        void theMetricsRowGoesUnderTheGsdRowsInTheirStyle() {
            String after = completeIdempotently(DOC, opts("2-3", "9", 1, 2, null));
            assertThat(after).isEqualTo(DOC
                    .replace("Plan: 2 of 3 in current phase", "Plan: 3 of 3 in current phase")
                    .replace("Status: In progress", "Status: Phase complete -- ready for verification")
                    .replace("2026-02-17 -- Completed 02-02-PLAN.md (table importer)", "2026-03-01 -- Completed 02-03-PLAN.md")
                    .replace("| Phase 02 P02 | 14 min | 1 task | 3 files |\r\n",
                            "| Phase 02 P02 | 14 min | 1 task | 3 files |\r\n| Phase 02 P03 | 9 min | 1 task | 2 files |\r\n"));
        }
    }
}
