package dev.atomstate.parse;

import dev.atomstate.model.Roadmap;
import dev.atomstate.testing.Shared;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class RoadmapParserTest {
    static final String GSD = """
            # Roadmap: Pantry

            ## Milestones

            - ✅ **v1.0 MVP** — Phases 1-2 (shipped 2026-03-01)
            - 🚧 **v1.1 Sharing** — Phases 3-4 (in progress)

            ## Phases

            - [x] **Phase 1: Recipes** - store recipes
            - [x] **Phase 2: Planner** - plan a week
            - [ ] **Phase 3: Lists** - shopping lists
            - [ ] **Phase 4: Sharing** - share a list

            ## Phase Details

            ### Phase 3: Lists
            **Plans**: 3 plans

            Plans:
            - [x] 03-01-PLAN.md — list model
            - [ ] 03-02-PLAN.md — aisle sort
            - [ ] 03-03-PLAN.md — export

            ### Phase 4: Sharing
            **Plans**: TBD

            ## Progress

            | Phase | Plans Complete | Status | Completed |
            |-------|----------------|--------|-----------|
            | 1. Recipes | 2/2 | Complete | 2026-02-20 |
            | 2. Planner | 3/3 | Complete | 2026-03-01 |
            | 3. Lists | 0/3 | In progress | - |
            | 4. Sharing | 0/? | Not started | - |
            """;

    @Test
    void readsPhasesPlansAndMilestones() {
        Roadmap r = RoadmapParser.parse(GSD);
        assertThat(r.phases()).extracting(Roadmap.Phase::number).containsExactly("1", "2", "3", "4");
        assertThat(r.phases()).extracting(Roadmap.Phase::name).containsExactly("Recipes", "Planner", "Lists", "Sharing");
        Roadmap.Phase lists = r.phase("03");
        assertThat(lists.plans()).isEqualTo(3);
        assertThat(lists.completedPlans()).as("checkboxes say one is done, over the table's 0/3").isEqualTo(1);
        assertThat(lists.plansSource()).isEqualTo("checkboxes");
        assertThat(r.phase("2").plans()).isEqualTo(3);
        assertThat(r.phase("2").plansSource()).isEqualTo("progress-table");
        assertThat(r.phase("2").complete()).isTrue();
        assertThat(r.phase("4").plans()).as("TBD / 0/?").isNull();
        assertThat(r.milestones()).extracting(Roadmap.Milestone::version).containsExactly("v1.0", "v1.1");
        assertThat(r.milestones().get(1).active()).isTrue();
        assertThat(r.phasesOf("v1.1")).extracting(Roadmap.Phase::number).containsExactly("3", "4");
        assertThat(r.phasesOf("v1.0")).extracting(Roadmap.Phase::number).containsExactly("1", "2");
    }

    @Test
    void crlfReadsTheSame() {
        assertThat(RoadmapParser.parse(GSD.replace("\n", "\r\n"))).isEqualTo(RoadmapParser.parse(GSD));
    }

    @Test
    void proseWithoutPhasesIsEmpty() {
        assertThat(RoadmapParser.parse("# Notes\n\nWe will ship v2 soon.\n").phases()).isEmpty();
        assertThat(RoadmapParser.parse("").phases()).isEmpty();
    }

    /** Every corpus roadmap (and every other shared file read as one) parses without an exception. */
    @TestFactory
    Stream<DynamicTest> neverThrowsOnTheCorpus() {
        Shared.assumePresent();
        return Shared.all().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String text = read(p);
            Roadmap r = RoadmapParser.parse(text);
            assertThat(r).isNotNull();
            if (p.getParent().getFileName().toString().equals("roadmap")) {
                assertThat(r.phases()).as("a roadmap lists phases").isNotEmpty();
            }
            for (Roadmap.Phase ph : r.phases()) {
                assertThat(ph.plans() == null || ph.completedPlans() == null || ph.plans() >= 0).isTrue();
            }
        }));
    }

    private static String read(Path p) throws IOException {
        return dev.atomstate.io.SourceText.decode(p.toString(), Files.readAllBytes(p)).text();
    }
}
