package dev.atomstate.parse.worklog;

import dev.atomstate.model.WorklogEntry;
import dev.atomstate.model.WorklogStatus;
import dev.atomstate.parse.ParseProblem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each layout the parser reads, on small texts written for the test. */
class WorklogParserTest {
    private static ParsedWorklog parse(String text) {
        return WorklogParser.parse("WORKLOG.md", text);
    }

    @Test
    void entriesSeparatedByRulesWithTitlesInTheHeading() {
        ParsedWorklog w = parse("# Log\n\n## 2026-06-12 — Glow fixed\n\n**Started:** fix the glow\n\n**Resolved:**\n- centred\n\n---\n\n"
                + "## 2026-06-02 — Voice bodies\n\n**Started:** author four bodies\n");
        assertThat(w.layout().kind()).isEqualTo(ParsedWorklog.Kind.HEADINGS);
        assertThat(w.layout().newestFirst()).isTrue();
        assertThat(w.layout().gap()).isEqualTo("\n---\n\n");
        WorklogEntry first = w.entries().get(0).entry();
        assertThat(first.objective()).isEqualTo("fix the glow");
        assertThat(first.results()).isEqualTo("- centred");
        assertThat(first.status()).as("'Resolved' says it is done").isEqualTo(WorklogStatus.COMPLETED);
        assertThat(w.entries().get(1).entry().status()).isEqualTo(WorklogStatus.UNKNOWN);
        assertThat(w.entries().get(0).titleSpan().of(w.text())).isEqualTo("Glow fixed");
    }

    @Test
    void anH1EntryAmongH2sAndAFinalEntryWithoutNewline() {
        ParsedWorklog w = parse("# Dev log\n\n## May 11, 2025\n\n- set up\n\n## May 16, 2025\n\n- tests\n\n# June 6, 2025\n\n- back at it");
        assertThat(w.model()).extracting(WorklogEntry::timestamp).containsExactly("2025-05-11", "2025-05-16", "2025-06-06");
        ParsedEntry last = w.entries().get(2);
        assertThat(w.doc().line(last.lastContentLine()).content()).isEqualTo("- back at it");
        assertThat(w.problems()).isEmpty();
    }

    @Test
    void timeSubHeadingsUnderDateHeadings() {
        ParsedWorklog w = parse("# Devlog\n\n## 2025-07-23 - Day 2: GPU\n\n### Afternoon Session (10:00-11:00 UTC) - GPU Enablement\n\n"
                + "**Objectives:**\n- Enable GPU\n\n### Morning Session (09:00-10:00 UTC)\n\n**Objectives:**\n- Deploy\n\n"
                + "## 2025-07-22 - Day 1: Foundation\n\n- scaffolding\n");
        assertThat(w.layout().kind()).isEqualTo(ParsedWorklog.Kind.TIME_SUBHEADINGS);
        assertThat(w.model()).extracting(WorklogEntry::timestamp).containsExactly("2025-07-23T10:00Z", "2025-07-23T09:00Z", "2025-07-22");
        assertThat(w.model().get(0).end()).isEqualTo("2025-07-23T11:00Z");
        assertThat(w.model().get(0).objective()).isEqualTo("Enable GPU");
        assertThat(w.model().get(2).objective()).isEqualTo("Day 1: Foundation");
        assertThat(w.layout().newestFirst()).isTrue();
    }

    @Test
    void pipeSeparatedLines() {
        ParsedWorklog w = parse("# Journal\n\nFormat: `YYYY-MM-DD HH:MM PT | phase | outcome`\n\n2026-05-16 14:14 PT | scaffold | workspace created\n"
                + "2026-05-16 19:44 PT | phase-1 | first fire done\n");
        assertThat(w.layout().kind()).isEqualTo(ParsedWorklog.Kind.PIPE_LINES);
        assertThat(w.model()).extracting(WorklogEntry::objective).containsExactly("scaffold", "phase-1");
        assertThat(w.model()).extracting(WorklogEntry::results).containsExactly("workspace created", "first fire done");
        assertThat(w.model().get(1).status()).isEqualTo(WorklogStatus.COMPLETED);
        assertThat(w.model().get(0).timestamp()).isEqualTo("2026-05-16T14:14-07:00");
    }

    @Test
    void labelLinesAndDayMonthDots() {
        ParsedWorklog w = parse("# Journal\n\nEntry 10/22/24:\n    made progress offline\n\nEntry 10/23/24:\n    more\n");
        assertThat(w.layout().kind()).isEqualTo(ParsedWorklog.Kind.LABEL_LINES);
        assertThat(w.model()).extracting(WorklogEntry::objective).containsExactly("made progress offline", "more");
        assertThat(parse("## 07.04.2025 - Beginn\n- init\n").model().get(0).objective()).isEqualTo("Beginn");
    }

    @Test
    void headingsInCodeFencesAreNotEntries() {
        ParsedWorklog w = parse("## 2026-01-01\n\n```\n## 2026-01-02 not an entry\n```\n\n## 2026-01-03\n");
        assertThat(w.model()).extracting(WorklogEntry::timestamp).containsExactly("2026-01-01", "2026-01-03");
    }

    @Test
    void unreadableDatesAreDiagnosticsWithALine() {
        ParsedWorklog w = parse("# Devlog\n\n## Session Log\n\n### Session 1: [DATE]\n**Status:** Not yet started\n");
        assertThat(w.entries()).isEmpty();
        assertThat(w.problems()).extracting(ParseProblem::rule, ParseProblem::line)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("worklog-no-entries", 1), org.assertj.core.groups.Tuple.tuple("worklog-timestamp", 5));
        ParsedWorklog ambiguous = parse("## 2026-01-01\n\n- a\n\n## 03/04/2026\n\n- b\n");
        assertThat(ambiguous.entries()).hasSize(1);
        assertThat(ambiguous.problems()).extracting(ParseProblem::line).containsExactly(5);
    }

    @Test
    void resultsSpanCoversTheWholeValue() {
        String text = "## 2026-01-01 10:00 UTC\n\n- **Task Objective**: A\n- **Results**: ✅ Completed  \n  - 3 tests\n\n## 2026-01-02 10:00 UTC\n";
        ParsedEntry e = parse(text).entries().get(0);
        assertThat(e.results().of(text)).isEqualTo("✅ Completed  \n  - 3 tests");
        assertThat(e.labels().results()).isEqualTo("- **Results**: ");
        assertThat(List.of(e.entry().status())).containsExactly(WorklogStatus.COMPLETED);
    }
}
