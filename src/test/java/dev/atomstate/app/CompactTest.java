package dev.atomstate.app;

import dev.atomstate.model.AtomstateException;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.StateParser;
import org.junit.jupiter.api.Test;

import java.time.ZonedDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What compaction moves and what it keeps, on small files written for each rule. */
class CompactTest {
    static final ZonedDateTime NOW = ZonedDateTime.parse("2026-03-01T09:30:00Z");

    static Compact.Result compact(String text, int keep, String archive) {
        ParsedState ps = StateParser.parse("STATE.md", text);
        return Compact.run(ps, archive, new Compact.Options(keep, "STATE.md", "STATE-ARCHIVE.md", 150, 16384), NOW);
    }

    static String after(String text, int keep) {
        return compact(text, keep, null).state().apply(text);
    }

    static final String POSITION = """
            # Project State

            ## Current Position

            Phase: 5 of 6 (Exports)
            Plan: 2 of 3 in current phase
            Status: Phase 5 Plan 02 COMPLETE

            Previous: Phase 4-02 COMPLETE

            Previous: Phase 4-01 COMPLETE

            Previous: Phase 3-02 COMPLETE
            Last activity: 2026-02-27 — Completed 05-02-PLAN.md

            """;

    @Test
    void aChainWhoseEntriesAllGoKeepsItsNewest() {
        String out = after(POSITION, 1);
        assertThat(out).contains("Previous: Phase 4-02 COMPLETE\nLast activity:").doesNotContain("4-01").doesNotContain("3-02");
        assertThat(StateParser.parse("STATE.md", out).handles().chains()).as("the chain dialect survives").isNotEmpty();
    }

    @Test
    void keepPhasesCountsThePhasesTheFileMentions() {
        // phases 5 (current), 4 and 3 are mentioned: keeping two keeps 5 and 4, whatever their numbers
        String out = after(POSITION, 2);
        assertThat(out).contains("4-02").contains("4-01").doesNotContain("3-02");
    }

    @Test
    void aListIsNeverEmptiedAndTheArchiveReadsBack() {
        String text = POSITION + """
                ## Decisions

                - **Phase 2 Plan 01**: Exports are CSV first
                - **Phase 3 Plan 01**: Dates are ISO in every export

                ## Todos

                - [x] Ask about Excel
                - [x] Check Numbers on a Mac

                ## Blockers

                - ~~Waiting for the sample data~~
                - The printer driver is unknown
                """;
        Compact.Result r = compact(text, 1, null);
        String out = r.state().apply(text);
        assertThat(out).as("the newest decision stays, in its bold form").contains("- **Phase 3 Plan 01**: Dates are ISO")
                .doesNotContain("Exports are CSV first");
        assertThat(out).as("the last checked todo stays, so the checkbox form stays").contains("- [x] Check Numbers on a Mac")
                .doesNotContain("Ask about Excel");
        assertThat(out).as("a resolved blocker goes, an open one stays").doesNotContain("sample data").contains("printer driver");
        ParsedState back = StateParser.parse("STATE-ARCHIVE.md", r.archiveAfter());
        assertThat(back.model().decisions()).extracting(d -> d.text()).containsExactly("Exports are CSV first");
        assertThat(back.model().todos()).extracting(i -> i.text()).containsExactly("Ask about Excel");
        assertThat(back.model().blockers()).extracting(i -> i.text()).containsExactly("~~Waiting for the sample data~~");
        assertThat(back.model().history()).hasSize(2).allMatch(h -> h.chain().equals("status"));
        assertThat(r.archiveAfter()).startsWith("# Compacted 2026-03-01 from STATE.md\n\n## Current Position\n\n### Status\n\nPrevious: Phase 4-01");
    }

    @Test
    void sectionsOfAFinishedPhaseGoUnlessTheySayTheyAreOpenOrHoldWhatCommandsUse() {
        String text = POSITION + """
                ## Phase 3 Summary

                Everything shipped.

                ## Phase 3 UAT — BLOCKED

                Waiting on the customer.

                ## Phase 4 decisions

                - [Phase 4]: Exports are zipped

                ## Phase 6 Preview

                Coming next.
                """;
        String out = after(text, 1);
        assertThat(out).doesNotContain("Phase 3 Summary").doesNotContain("Everything shipped.");
        assertThat(out).as("blocked is still open").contains("## Phase 3 UAT — BLOCKED");
        assertThat(out).as("a later phase is not history").contains("## Phase 6 Preview");
        assertThat(out).as("the section decide writes to is not moved whole").contains("## Phase 4 decisions\n\n- [Phase 4]: Exports are zipped");
    }

    @Test
    void anItemHoldingPartOfACodeFenceStays() {
        String text = POSITION + """
                ## Decisions

                - [Phase 3]: The config looks like this
                  ```yaml

                  exports: csv
                  ```
                - [Phase 5]: Exports are streamed
                """;
        String out = after(text, 1);
        assertThat(out).contains("The config looks like this").contains("exports: csv");
    }

    @Test
    void withoutAPhaseFieldTheHighestPhaseMentionedIsCurrent() {
        String text = """
                # State

                ## Decisions

                - [Phase 1]: One
                - [Phase 2]: Two
                - [Phase 3]: Three
                """;
        String out = after(text, 1);
        assertThat(out).contains("Three").doesNotContain("One").doesNotContain("Two");
    }

    @Test
    void appendsAfterABlankLineToAnArchiveWithoutAFinalNewlineAndKeepsItsLineEndings() {
        String earlier = "# Compacted 2026-01-01 from STATE.md\r\n\r\n## Decisions\r\n\r\n- [Phase 1]: Old";
        String crlf = POSITION.replace("\n", "\r\n");
        Compact.Result r = compact(crlf, 1, earlier);
        assertThat(r.archiveAfter()).startsWith(earlier + "\r\n\r\n# Compacted 2026-03-01 from STATE.md\r\n");
        assertThat(r.archiveAfter().replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void nothingToMoveIsANoopThatSaysSo() {
        String text = "# State\n\nPhase: 2\n\n## Decisions\n\n- [Phase 2]: Only this\n";
        Compact.Result r = compact(text, 1, null);
        assertThat(r.state().isNoop()).isTrue();
        assertThat(r.archiveChanges()).isFalse();
        assertThat(r.state().notes().get(0)).startsWith("nothing to compact in STATE.md: no history before phase 2");
        assertThat((Map<?, ?>) r.state().facts().get("moved")).allSatisfy((k, v) -> assertThat(v).isEqualTo(0));
    }

    @Test
    void keepingNoPhaseIsAUsageError() {
        assertThatThrownBy(() -> new Compact.Options(0, "STATE.md", "STATE-ARCHIVE.md", 150, 16384))
                .isInstanceOfSatisfying(AtomstateException.class, e -> assertThat(e.kind()).isEqualTo(AtomstateException.Kind.USAGE));
    }
}
