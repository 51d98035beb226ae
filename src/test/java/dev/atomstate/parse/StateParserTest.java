package dev.atomstate.parse;

import dev.atomstate.model.StateModel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StateParserTest {

    @Test
    void aMetricsTableWithoutTasksOrFilesColumnsIsReadNotACrash() {
        String t = "## Performance Metrics\n\n| Phase | Plan | Duration |\n|---|---|---|\n| 3 | 01 | 12 min |\n| 3 | 02 | 1h 5m |\n";
        ParsedState ps = StateParser.parse("f", t);
        assertThat(ps.model().metrics()).extracting(StateModel.MetricRow::plan, StateModel.MetricRow::minutes, StateModel.MetricRow::tasks)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("01", 12.0, null), org.assertj.core.groups.Tuple.tuple("02", 65.0, null));
    }

    @Test
    void parseThenSpliceNothingIsTheIdentity() {
        for (String t : new String[] {"", "\r\n", "# T\r\n\r\nPhase: 3  \r\nPlan: 1 of 2\n", "no newline", "---\na: 1\n---\nx"}) {
            ParsedState ps = StateParser.parse("f", t);
            assertThat(ps.text()).isSameAs(t);
        }
    }

    @Test
    void positionFieldsPreferThePositionSection() {
        String t = "# S\n\n## Phase Notes\n\nStatus: draft\n\n## Current Position\n\nPhase: 4\nStatus: In progress\n";
        StateModel.Position p = StateParser.parse("f", t).model().position();
        assertThat(p.status().text()).isEqualTo("In progress");
        assertThat(p.status().line()).isEqualTo(10);
    }

    @Test
    void previousLinesChainToTheFieldTheyFollow() {
        String t = "Status: C\n\nPrevious: Phase 1-02 COMPLETE\n\nPrevious: Phase 1-01 COMPLETE\nLast activity: 2026-01-02 — x\nPrevious: 2026-01-01 — Phase 1-01 COMPLETE: y\n";
        ParsedState ps = StateParser.parse("f", t);
        assertThat(ps.model().history()).extracting(StateModel.HistoryEntry::chain, StateModel.HistoryEntry::planId, StateModel.HistoryEntry::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("status", "1-02", 3),
                        org.assertj.core.groups.Tuple.tuple("status", "1-01", 5),
                        org.assertj.core.groups.Tuple.tuple("last activity", "1-01", 7));
        assertThat(ps.handles().chains()).containsOnlyKeys(0, 5);
    }

    @Test
    void placeholderItemsAreNotBlockersOrDecisions() {
        String t = "### Decisions\n\n- None yet.\n\n### Blockers/Concerns\n\nNone.\n\n### Pending Todos\n\n- [x] done one\n- [ ] open one\n- ~~dropped~~\n";
        StateModel m = StateParser.parse("f", t).model();
        assertThat(m.decisions()).isEmpty();
        assertThat(m.blockers()).isEmpty();
        assertThat(m.todos()).extracting(StateModel.Item::text, StateModel.Item::done).containsExactly(
                org.assertj.core.groups.Tuple.tuple("done one", true),
                org.assertj.core.groups.Tuple.tuple("open one", false),
                org.assertj.core.groups.Tuple.tuple("~~dropped~~", true));
    }

    @Test
    void decisionLabelsAreSplitFromTheirText() {
        assertThat(DecisionForms.split("[Phase 35]: text")).containsExactly("35", "text");
        assertThat(DecisionForms.split("**Phase 35 Plan 02**: text")).containsExactly("35 Plan 02", "text");
        assertThat(DecisionForms.split("**Note**: text")).containsExactly(null, "**Note**: text");
        assertThat(DecisionForms.split("plain")).containsExactly(null, "plain");
    }
}
