package dev.atomstate.app;

import dev.atomstate.edit.Change;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.parse.StateParser;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** decide on small documents of each dialect: the one line added, literal text, no-ops and refusals. */
class RecordDecisionTest {
    static final ZonedDateTime NOW = ZonedDateTime.parse("2026-03-01T09:30:00Z");

    static Change run(String text, String decision, String phase, String rationale) {
        return RecordDecision.run(StateParser.parse("STATE.md", text), new RecordDecision.Options(decision, phase, rationale), NOW);
    }

    /** Records the decision, asserts that recording it again is a no-op, and returns the new text. */
    static String decide(String text, String decision, String phase, String rationale) {
        Change first = run(text, decision, phase, rationale);
        assertThat(first.edits()).as("one edit").hasSize(1);
        String after = first.apply(text);
        Change again = run(after, decision, phase, rationale);
        assertThat(again.edits()).as("the same decision again changes nothing").isEmpty();
        assertThat(again.facts()).containsEntry("alreadyRecorded", true);
        assertThat(again.notes()).singleElement().asString().startsWith("decision already recorded at line ");
        return after;
    }

    static AtomstateException refusal(String text, String decision, String phase, String rationale) {
        return catchThrowableOfType(() -> run(text, decision, phase, rationale), AtomstateException.class);
    }

    static final String GSD = """
            # Project State

            ## Current Position

            Phase: 2 of 4 (Meal Planner)
            Plan: 1 of 3 in current phase

            ## Accumulated Context

            ### Decisions

            Decisions are logged in PROJECT.md Key Decisions table.
            Recent decisions affecting current work:

            - [Phase 01]: Recipes are Markdown files
            - [Phase 02]: Week plans are keyed by ISO week

            ### Pending Todos

            None yet.
            """;

    @Nested
    class Dialects {
        @Test
        void gsdBracketListGetsOneLineAfterItsLastItem() {
            String after = decide(GSD, "Use metric units", "02", "cooks measure in grams");
            assertThat(after).isEqualTo(GSD.replace(
                    "- [Phase 02]: Week plans are keyed by ISO week\n",
                    "- [Phase 02]: Week plans are keyed by ISO week\n- [Phase 02]: Use metric units — cooks measure in grams\n"));
        }

        @Test
        void boldPlanLabelsKeepTheirShape() {
            String doc = """
                    ### Decisions

                    - **Phase 01 Plan 01**: One SQLite file
                    - **Phase 03 Plan 02**: Reminders use the desktop notifier

                    ### Todos
                    """;
            String after = decide(doc, "Reminders repeat daily", "03-03", null);
            assertThat(after).isEqualTo(doc.replace("notifier\n", "notifier\n- **Phase 03 Plan 03**: Reminders repeat daily\n"));
        }

        @Test
        void theStyleMostOfTheListUsesWinsAndThePhaseDefaultsToTheCurrentPlan() {
            String doc = """
                    ## Current Position

                    Phase: 67-ci-cd-pipeline-fixes
                    Plan: 67-04
                    Status: Phase 67 Plan 04 COMPLETE - Monitoring

                    Previous: Phase 67-03 COMPLETE - Caching

                    ## Decisions

                    - [Phase 67-01]: Pin runner images
                    - **Phase 67 Plan 02**: Cache wheels per lockfile hash
                    - [Phase 67-03]: Fail fast on lint
                    - [Phase 67-04]: Alerts go to the on-call channel only
                    """;
            String after = decide(doc, "Deploys wait for a green canary", null, null);
            assertThat(after).isEqualTo(doc + "- [Phase 67-04]: Deploys wait for a green canary\n");
        }

        @Test
        void frontmatterDoesNotDisturbTheList() {
            String doc = """
                    ---
                    milestone: v1.2
                    status: executing
                    ---

                    # Project State

                    ### Decisions

                    - [Phase 08]: Share links are signed tokens
                    - [Phase 08]: Links expire after 14 days

                    ### Pending Todos
                    """;
            String after = decide(doc, "Originals are never shared", "08", null);
            assertThat(after).isEqualTo(doc.replace("14 days\n", "14 days\n- [Phase 08]: Originals are never shared\n"));
        }

        @Test
        void decisionsMadeTableGetsARowInTheTablesStyleWithCrlf() {
            String doc = """
                    ## Decisions Made

                    | Phase | Decision | Rationale |
                    |-------|----------|-----------|
                    | 01-01 | Harmonic method | Matches club tables |
                    | 02-02 | Reject tables without M2 | Off by tens of cm |

                    ## Pending Todos
                    """.replace("\n", "\r\n");
            String after = decide(doc, "Heights in metres only", "02-02", "club preference");
            assertThat(after).isEqualTo(doc.replace("Off by tens of cm |\r\n",
                    "Off by tens of cm |\r\n| 02-02 | Heights in metres only | club preference |\r\n"));
        }

        @Test
        void tableCellsEscapePipesAndARerunRecognisesTheEscapedText() {
            String doc = "## Decisions Made\n\n| Phase | Decision | Rationale |\n|---|---|---|\n| 1 | a | b |\n";
            String after = decide(doc, "x | y", "1", "p|q");
            assertThat(after).isEqualTo(doc + "| 1 | x \\| y | p\\|q |\n");
        }

        @Test
        void aTableWithADateColumnGetsTheDateAndUnknownColumnsADash() {
            String doc = "### Decisions Made\n\n| Decision | Date | Owner |\n|---|---|---|\n| a | 2026-01-01 | me |\n";
            String after = decide(doc, "b", null, null);
            assertThat(after).isEqualTo(doc + "| b | 2026-03-01 | - |\n");
        }

        @Test
        void plainItemsStayPlainAndKeepTheirMarker() {
            String doc = "## Decisions\n\n* Use A\n* Use B\n";
            assertThat(decide(doc, "Use C", "4", null)).isEqualTo(doc + "* Use C\n");
        }

        @Test
        void continuationLinesOfTheLastItemStayAttached() {
            String doc = "## Decisions\n\n- Use A\n  because of B\n\n## Next\n";
            assertThat(decide(doc, "Use C", null, null)).isEqualTo("## Decisions\n\n- Use A\n  because of B\n- Use C\n\n## Next\n");
        }

        @Test
        void aLastLineWithoutNewlineGetsTheNewItemOnItsOwnLine() {
            String doc = "## Decisions\n\n- Use A";
            assertThat(decide(doc, "Use B", null, null)).isEqualTo("## Decisions\n\n- Use A\n- Use B");
        }
    }

    @Nested
    class Placeholders {
        @Test
        void noneYetIsReplacedAsAWholeLine() {
            String doc = "### Decisions\n\nNone yet.\n\n### Pending Todos\n\nNone yet.\n";
            String after = decide(doc, "Use X", null, null);
            assertThat(after).isEqualTo("### Decisions\n\n- Use X\n\n### Pending Todos\n\nNone yet.\n");
        }

        @Test
        void aListItemPlaceholderWithCrlfIsReplacedAndTheLineEndingKept() {
            String doc = "## Decisions\r\n\r\n- None yet.  \r\n\r\n## Blockers\r\n";
            String after = decide(doc, "Use X", "3", null);
            assertThat(after).isEqualTo("## Decisions\r\n\r\n- [Phase 3]: Use X\r\n\r\n## Blockers\r\n");
        }

        @Test
        void anEmptySectionGetsTheItemAfterItsText() {
            String doc = "## Decisions\n\nWe decided:\n\n## Next\n";
            assertThat(decide(doc, "Use C", null, null)).isEqualTo("## Decisions\n\nWe decided:\n\n- Use C\n\n## Next\n");
        }
    }

    @Nested
    class NewSection {
        @Test
        void underAccumulatedContext() {
            String doc = "## Accumulated Context\n\n### Pending Todos\n\nNone yet.\n";
            String after = decide(doc, "Use X", "3", null);
            assertThat(after).isEqualTo("## Accumulated Context\n\n### Decisions\n\n- [Phase 3]: Use X\n\n### Pending Todos\n\nNone yet.\n");
        }

        @Test
        void beforeSessionContinuity() {
            String doc = "# S\n\nPhase: 3 of 5\n\n## Session Continuity\n\nLast session: 2026-01-01 10:00\n";
            String after = decide(doc, "Use X", null, null);
            assertThat(after).isEqualTo(
                    "# S\n\nPhase: 3 of 5\n\n## Decisions\n\n- [Phase 3]: Use X\n\n## Session Continuity\n\nLast session: 2026-01-01 10:00\n");
        }

        @Test
        void atTheEndOfAFileWithoutEither() {
            assertThat(decide("# S\n\nSome text\n", "Use X", null, null)).isEqualTo("# S\n\nSome text\n\n## Decisions\n\n- Use X\n");
            assertThat(decide("# S\n\nSome text", "Use X", null, null)).isEqualTo("# S\n\nSome text\n\n## Decisions\n\n- Use X\n");
            assertThat(decide("", "Use X", null, null)).isEqualTo("## Decisions\n\n- Use X\n");
        }

        @Test
        void inACrlfFileTheNewSectionUsesCrlf() {
            String after = decide("# S\r\n\r\n## Accumulated Context\r\n\r\n### Blockers\r\n", "Use X", null, null);
            assertThat(after).isEqualTo("# S\r\n\r\n## Accumulated Context\r\n\r\n### Decisions\r\n\r\n- Use X\r\n\r\n### Blockers\r\n");
        }

        @Test
        void aPendingDecisionsSectionIsNotTheDecisionsList() {
            String doc = "## Pending Decisions\n\n- Which cache?\n";
            assertThat(decide(doc, "Use X", null, null)).isEqualTo(doc + "\n## Decisions\n\n- Use X\n");
        }
    }

    @Nested
    class LiteralText {
        @Test
        void dollarsBackslashesAndNoneYetStayAsTyped() {
            String after = decide(GSD, "Replace $2 with \\1; None yet.", "02", null);
            assertThat(after).contains("\n- [Phase 02]: Replace $2 with \\1; None yet.\n");
        }

        @Test
        void newlinesAndTabsCollapseSoNothingNewStartsALine() {
            String after = decide(GSD, "a\n## Heading\r\nStatus: done\n| x | y |\t\u2028end", "02", null);
            assertThat(after).contains("\n- [Phase 02]: a ## Heading Status: done | x | y | end\n");
            assertThat(StateParser.parse("f", after).doc().sections()).hasSameSizeAs(StateParser.parse("f", GSD).doc().sections());
            assertThat(StateParser.parse("f", after).model().position().status()).isNull();
        }

        @Test
        void aLeadingHashInAPlainItemIsEscapedAndRecognisedOnARerun() {
            String doc = "## Decisions\n\n- Use A\n";
            String after = decide(doc, "# not a heading", null, null);
            assertThat(after).isEqualTo(doc + "- \\# not a heading\n");
        }

        @Test
        void checkboxLookalikesStayTextAndDoNotLeakIntoLaterItems() {
            String doc = "## Decisions\n\n- Use A\n";
            String after = decide(doc, "[X] ship it", null, null);
            after = decide(after, "[-] drop it", null, null);
            assertThat(after).isEqualTo(doc + "- \\[X] ship it\n- \\[-] drop it\n");
            assertThat(StateParser.parse("f", after).model().decisions()).extracting(d -> d.text())
                    .containsExactly("Use A", "\\[X] ship it", "\\[-] drop it");
        }

        @Test
        void aLeadingQuoteMarkIsEscapedToo() {
            assertThat(decide("## Decisions\n\n- Use A\n", "> quoted", null, null)).endsWith("- \\> quoted\n");
        }

        @Test
        void theSameDecisionIgnoresCaseSpacingAndAFinalPeriod() {
            String doc = GSD;
            Change c = run(doc, "  week PLANS are keyed   by ISO week. ", "02", null);
            assertThat(c.isNoop()).isTrue();
            assertThat(c.facts()).containsEntry("line", 16);
        }

        @ParameterizedTest
        @ValueSource(strings = {"bell\u0007", "nul\u0000", "esc\u001b[31m", "del\u007f", "c1\u0085x\u0090"})
        void controlCharactersAreRefused(String text) {
            // U+0085 (NEL) is a line break and collapses; U+0090 is refused
            AtomstateException e = refusal(GSD, text, "02", null);
            assertThat(e.kind()).isEqualTo(AtomstateException.Kind.USAGE);
            assertThat(e.getMessage()).contains("control character U+");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "\n\t\r\n"})
        void emptyTextIsAUsageError(String text) {
            AtomstateException e = refusal(GSD, text, null, null);
            assertThat(e.kind()).isEqualTo(AtomstateException.Kind.USAGE);
            assertThat(e.getMessage()).contains("is empty");
        }

        @Test
        void rationaleAndPhaseAreCheckedToo() {
            assertThat(refusal(GSD, "ok", "02", "bad\u0001").getMessage()).startsWith("--rationale contains control character");
            assertThat(refusal(GSD, "ok", "\u0002", null).getMessage()).startsWith("--phase contains control character");
            assertThat(refusal(GSD, "x".repeat(UserText.MAX_LENGTH + 1), null, null).kind()).isEqualTo(AtomstateException.Kind.USAGE);
        }
    }

    @Test
    void factsForJson() {
        Change c = run(GSD, "Use metric units", "02", null);
        assertThat(c.facts()).containsEntry("phase", "02").containsEntry("text", "Use metric units").containsEntry("alreadyRecorded", false);
        assertThat(c.summary()).isEqualTo("decision recorded");
    }

    /** Decisions in two forms: the form most items use is written; of two used as often, the one used last. */
    @Nested
    class MixedForms {
        static String decisions(String... items) {
            return "# State\n\n## Current Position\n\nPhase: 2 of 4\n\n### Decisions\n\n"
                    + String.join("", java.util.Arrays.stream(items).map(i -> "- " + i + "\n").toList()) + "\n## Blockers\n\nNone\n";
        }

        static String added(String before) {
            String after = decide(before, "Use metric units", "02", null);
            assertThat(after).startsWith(before.substring(0, before.indexOf("\n## Blockers")));
            return after.lines().filter(l -> l.contains("Use metric units")).findFirst().orElseThrow();
        }

        @Test
        void theFormMostItemsUseWins() {
            assertThat(added(decisions("[Phase 01]: A", "Plain one", "[Phase 01]: B")))
                    .startsWith("- [Phase 02").contains("Use metric units");
            assertThat(added(decisions("Plain one", "[Phase 01]: A", "Plain two")))
                    .isEqualTo("- Use metric units");
        }

        @Test
        void ofTwoUsedAsOftenTheOneUsedLastWins() {
            assertThat(added(decisions("[Phase 01]: A", "Plain one")))
                    .isEqualTo("- Use metric units");
            assertThat(added(decisions("Plain one", "[Phase 01]: A")))
                    .startsWith("- [Phase 02").contains("Use metric units");
            assertThat(added(decisions("Plain one", "[Phase 01]: A", "[Phase 01]: B", "Plain two")))
                    .isEqualTo("- Use metric units");
        }
    }
}
