package dev.atomstate.parse;

import dev.atomstate.model.StateModel;
import dev.atomstate.model.StateModel.Item;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Decisions from every decision section, and blockers read open or closed as a person reads them (issue 14). */
class ListReadingTest {

    static StateModel model(String text) {
        return StateParser.parse("STATE.md", text).model();
    }

    static List<Item> open(StateModel m) {
        return m.blockers().stream().filter(i -> !i.done()).toList();
    }

    @Nested
    class Decisions {
        @Test
        void everyDecisionSectionIsReadListsAndTables() {
            String t = "## Accumulated Context\n\n### Key Decisions (v1.2)\n\n- old one\n- old two\n\n### Key Decisions (v1.3)\n\n"
                    + "- [Phase 7]: new one\n\n### Architecture Decisions\n\n| Decision | Rationale |\n|---|---|\n| Use SQLite | small |\n"
                    + "| Phase 7 P02 | 4 min | 2 tasks | 3 files |\n\n### Pending Todos\n\n- not a decision\n";
            StateModel m = model(t);
            assertThat(m.decisions()).extracting(StateModel.Decision::text).containsExactly("old one", "old two", "new one", "Use SQLite");
            assertThat(m.decisions().get(2).phase()).isEqualTo("7");
        }

        @Test
        void tableRowsThatStartWithADoubledPipeKeepTheirColumns() {
            String t = "### Decisions\n\n| Phase | Decision | Rationale |\n|---|---|---|\n|| 3 | **Use Postgres** | scale |\n| 4 | Use Redis | speed |\n";
            assertThat(model(t).decisions()).extracting(StateModel.Decision::phase, StateModel.Decision::text)
                    .containsExactly(tuple("3", "**Use Postgres**"), tuple("4", "Use Redis"));
        }

        @Test
        void subSectionsOfADecisionSectionAndBoldLabelsAreRead() {
            String t = "## Key Decisions Locked\n\n### Product\n\n- one\n\n### Technical\n\n- two\n\n## Phase 2 Summary\n\n**Key decisions:**\n"
                    + "- three\n- four\n\nNotes after the list.\n- not under the label\n";
            assertThat(model(t).decisions()).extracting(StateModel.Decision::text).containsExactly("one", "two", "three", "four");
        }

        @Test
        void placeholdersPointersAndPendingItemsAreNoDecisions() {
            String t = "## Recent Decisions\n- None recorded\n\n### Decisions\n\nDecisions are logged in PROJECT.md.\n\n**Made:**\n- taken\n"
                    + "  - a detail of it\n\n**Pending:**\n- not taken yet\n";
            assertThat(model(t).decisions()).extracting(StateModel.Decision::text).containsExactly("taken");
        }
    }

    @Nested
    class Blockers {
        @Test
        void mitigatedAndResolutionLinesCloseTheirItem() {
            String t = "### Blockers/Concerns\n\n**From v1.0:**\n- Phase 3 and Phase 10 left over\n- **Resolution**: mapped to v2.0 phases\n\n"
                    + "**From research:**\n- Coverage churn → Mitigated by Phase 32 quality gates\n- Flaky async tests\n";
            StateModel m = model(t);
            assertThat(m.blockers()).extracting(Item::text, Item::done, Item::resolution).containsExactly(
                    tuple("Phase 3 and Phase 10 left over", true, "mapped to v2.0 phases"),
                    tuple("Coverage churn → Mitigated by Phase 32 quality gates", true, "Mitigated by Phase 32 quality gates"),
                    tuple("Flaky async tests", false, null));
        }

        @Test
        void resolvedStruckCheckedAnsweredAndAcceptedItemsAreClosed() {
            String t = "## Blockers\n\n- [RESOLVED] one\n- [Phase 3 RESOLVED]: two\n- three — resolved\n- ~~four~~ **Answered:** yes\n"
                    + "- [x] five\n- six (accepted limitation)\n- seven — validated OK in checkpoint\n- eight\n  - **Resolution**: fixed in 03-02\n"
                    + "- Resolve the nine before Phase 2\n- ten is not mitigated yet\n";
            StateModel m = model(t);
            assertThat(open(m)).extracting(Item::text).containsExactly("Resolve the nine before Phase 2", "ten is not mitigated yet");
            assertThat(m.blockers()).hasSize(10);
        }

        @Test
        void aSectionThatSaysItHasNoneHasNone() {
            assertThat(model("### Blockers/Concerns\n\n**Phase 4 In Progress - No Blockers**\n\nDone so far:\n- event bus\n").blockers()).isEmpty();
            assertThat(model("## Blockers / Concerns\n- None. System is ready for the pilot.\n").blockers()).isEmpty();
            assertThat(model("### Blockers/Concerns\n\n[Issues that affect future work]\n\nNone yet.\n").blockers()).isEmpty();
        }

        @Test
        void aSectionThatIsOneParagraphIsOneItem() {
            StateModel m = model("### Blockers/Concerns\n\nThe milestone must not claim blind recovery\nof deep expressions.\n\n## Next\n");
            assertThat(m.blockers()).extracting(Item::text, Item::line).containsExactly(tuple("The milestone must not claim blind recovery", 3));
        }

        @Test
        void blockedHeadingsCountTheirFirstListAndBlockedOnNobodyIsNoBlockerSection() {
            String t = "## Blocked on Josh\n\n1. the API key\n2. the worker key\n\n## Blocked on nobody\n\n- a plan\n\n"
                    + "## Phase 7 UAT — BLOCKED\n\n1. crash on launch\n\nSeed data:\n- client A\n\n## What it unblocked\n\n- things\n";
            assertThat(open(model(t))).extracting(Item::text).containsExactly("the API key", "the worker key", "crash on launch");
        }

        @Test
        void itemsUnderALeadInThatSaysMitigatedAreClosedWhenTheyNameTheirGate() {
            String t = "### Blockers/Concerns\n\nRisks that are pre-mitigated in phase gates:\n\n- Abuse policy → Phase 3 gate\n- Live DB backlog\n";
            StateModel m = model(t);
            assertThat(m.blockers()).extracting(Item::text, Item::done).containsExactly(tuple("Abuse policy → Phase 3 gate", true),
                    tuple("Live DB backlog", false));
        }
    }
}
