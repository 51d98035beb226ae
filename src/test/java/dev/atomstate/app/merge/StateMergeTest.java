package dev.atomstate.app.merge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The merge's rules on small files written for them: lists, resolutions, order, counters, untouched bytes. */
class StateMergeTest {
    private static ThreeWayMerge.Result merge(String base, String ours, String theirs) {
        return ThreeWayMerge.merge(base, ours, theirs, new ThreeWayMerge.Options(ThreeWayMerge.Kind.STATE, "STATE.md", Markers.of(7)));
    }

    private static String state(String todos, String blockers) {
        return "# State\r\n\r\n## Current Position\r\n\r\nPhase: 2 of 4 (Planner)\r\nPlan: 1 of 3\r\nStatus: In progress\r\n\r\n"
                + "## Todos\r\n\r\n" + todos + "\r\n## Blockers\r\n\r\n" + blockers;
    }

    @Test
    void anItemResolvedOnOneSideStaysResolvedInItsOwnForm() {
        String base = state("- [ ] Write docs\r\n- [ ] Tag release\r\n", "- Waiting on keys\r\n- CI is flaky\r\n");
        String ours = state("- [ ] Write docs\r\n- [ ] Tag release\r\n- [ ] Ours: new\r\n", "- Waiting on keys\r\n- CI is flaky\r\n");
        String theirs = state("- [x] Write docs\r\n- [ ] Tag release\r\n", "- CI is flaky\r\n");
        ThreeWayMerge.Result r = merge(base, ours, theirs);
        assertThat(r.clean()).isTrue();
        assertThat(r.text()).isEqualTo(state("- [x] Write docs\r\n- [ ] Tag release\r\n- [ ] Ours: new\r\n", "- CI is flaky\r\n"));
    }

    @Test
    void whenTheLastItemGoesThePlaceholderTheOtherSideWroteComesBack() {
        String base = state("None yet.\r\n", "- Waiting on keys\r\n");
        String theirs = state("None yet.\r\n", "None yet.\r\n");
        String ours = state("- Ours: a todo\r\n", "- Waiting on keys\r\n");
        ThreeWayMerge.Result r = merge(base, ours, theirs);
        assertThat(r.text()).isEqualTo(state("- Ours: a todo\r\n", "None yet.\r\n"));
        assertThat(merge(base, theirs, ours).text()).isEqualTo(r.text());
    }

    @Test
    void newItemsOfBothSidesGoInDateOrderWhereTheListIsDated() {
        String base = state("- 2026-03-01 first\r\n", "None.\r\n");
        String ours = state("- 2026-03-01 first\r\n- 2026-03-09 ours, later\r\n", "None.\r\n");
        String theirs = state("- 2026-03-01 first\r\n- 2026-03-05 theirs, earlier\r\n", "None.\r\n");
        String expected = state("- 2026-03-01 first\r\n- 2026-03-05 theirs, earlier\r\n- 2026-03-09 ours, later\r\n", "None.\r\n");
        assertThat(merge(base, ours, theirs).text()).isEqualTo(expected);
        assertThat(merge(base, theirs, ours).text()).isEqualTo(expected);
    }

    @Test
    void aNumberedListCountsOnAndAnItemAddedOnBothSidesIsThereOnce() {
        String base = state("1. One\r\n2. Two\r\n", "None.\r\n");
        String ours = state("1. One\r\n2. Two\r\n3. Shared\r\n", "None.\r\n");
        String theirs = state("1. One\r\n2. Two\r\n3. Shared\r\n4. Theirs\r\n", "None.\r\n");
        assertThat(merge(base, ours, theirs).text()).isEqualTo(theirs);
        String other = state("1. One\r\n2. Two\r\n3. Other\r\n", "None.\r\n");
        assertThat(merge(base, other, state("1. One\r\n2. Two\r\n3. Theirs\r\n", "None.\r\n")).text())
                .isEqualTo(state("1. One\r\n2. Two\r\n3. Other\r\n4. Theirs\r\n", "None.\r\n"));
    }

    @Test
    void theSideFurtherAlongWinsThePositionAndTheCounterCountsEachPlanOnce() {
        String base = "Phase: 2 of 4\nPlan: 1 of 3\nStatus: In progress\nProgress: [██░░░░░░░░] 20% (2/10 plans)\n"
                + "- Total plans completed: 2\n\n| Phase 02 P01 | 10 min | 2 tasks | 3 files |\n";
        String ours = "Phase: 2 of 4\nPlan: 2 of 3\nStatus: In progress\nProgress: [███░░░░░░░] 30% (3/10 plans)\n"
                + "- Total plans completed: 3\n\n| Phase 02 P01 | 10 min | 2 tasks | 3 files |\n| Phase 02 P02 | 12 min | 2 tasks | 3 files |\n";
        String theirs = "Phase: 2 of 4\nPlan: 3 of 3\nStatus: Phase complete\nProgress: [████░░░░░░] 40% (4/10 plans)\n"
                + "- Total plans completed: 4\n\n| Phase 02 P01 | 10 min | 2 tasks | 3 files |\n| Phase 02 P02 | 12 min | 2 tasks | 3 files |\n"
                + "| Phase 02 P03 | 9 min | 1 tasks | 1 files |\n";
        ThreeWayMerge.Result r = merge(base, ours, theirs);
        assertThat(r.clean()).isTrue();
        assertThat(r.text()).isEqualTo(theirs);
        assertThat(r.decisions()).anySatisfy(d -> assertThat(d.part() + " " + d.outcome()).isEqualTo("plan theirs"));
    }

    @Test
    void bytesNeitherSideChangedStay() {
        String base = "\uFEFF# State  \n\nPhase: 2 of 4 \t\nNotes: 中文 stays\r\n\n## Decisions\n\n- [Phase 2]: A\n";
        String ours = base.replace("- [Phase 2]: A\n", "- [Phase 2]: A\n- [Phase 2]: B\n");
        String theirs = base.replace("- [Phase 2]: A\n", "- [Phase 2]: A\n- [Phase 2]: C\n");
        assertThat(merge(base, ours, theirs).text()).isEqualTo(base.replace("- [Phase 2]: A\n", "- [Phase 2]: A\n- [Phase 2]: B\n- [Phase 2]: C\n"));
    }

    @Test
    void twoBranchesThatEachAddAMissingSectionKeepBothInTheOrderOfTheirText() {
        String base = "# State\n\nPhase: 1 of 2\n\n## Decisions\n\n- [Phase 1]: A\n";
        String ours = base + "\n## Pending Todos\n\n- Ours todo\n";
        String theirs = base + "\n## Blockers/Concerns\n\n- Theirs blocker\n";
        String expected = base + "\n## Blockers/Concerns\n\n- Theirs blocker\n\n## Pending Todos\n\n- Ours todo\n";
        assertThat(merge(base, ours, theirs).text()).isEqualTo(expected);
        assertThat(merge(base, theirs, ours).text()).isEqualTo(expected);
    }

    @Test
    void blankLinesAddedInOnePlaceDoNotMisalignTheSameSectionAddedOnBothSides() {
        String base = "# State\n\nPhase: 1 of 2\n\n---\n\n## Blockers\n\nNone.\n\n\n\n";
        String ours = "# State\n\nPhase: 1 of 2\n\n---\n\n## Pending Todos\n\n- Ours todo\n\n## Blockers\n\nNone.\n\n\n\n"
                + "## Decisions\n\n- [Phase 1]: Ours\n";
        String theirs = base + "## Decisions\n\n- [Phase 1]: Theirs\n";
        ThreeWayMerge.Result r = merge(base, ours, theirs);
        assertThat(r.clean()).isTrue();
        assertThat(r.text()).isEqualTo(ours + "- [Phase 1]: Theirs\n");
        assertThat(merge(base, theirs, ours).text()).isEqualTo(r.text());
    }
}
