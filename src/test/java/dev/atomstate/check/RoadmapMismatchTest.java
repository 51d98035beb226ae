package dev.atomstate.check;

import dev.atomstate.model.Neighbours;
import dev.atomstate.parse.RoadmapParser;
import dev.atomstate.parse.StateParser;
import dev.atomstate.testing.CliRun;
import dev.atomstate.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RoadmapMismatchTest {
    static final String ROADMAP = """
            # Roadmap

            ## Phases

            - [x] **Phase 1: Recipes** - store recipes
            - [x] **Phase 2: Planner** - plan a week
            - [ ] **Phase 3: Lists** - shopping lists

            ### Phase 3: Lists
            **Plans**: 3 plans
            """;

    static String state(String phase, String plan) {
        return "# Project State\n\n## Current Position\n\nPhase: " + phase + "\nPlan: " + plan + "\nStatus: In progress\n";
    }

    static List<Diagnostic> check(String state, String roadmap) {
        Neighbours n = roadmap == null ? Neighbours.none() : new Neighbours(RoadmapParser.parse(roadmap), ".planning/ROADMAP.md", null, null);
        return Checker.check(StateParser.parse("STATE.md", state), CheckContext.DEFAULT.with(n)).stream().filter(d -> d.rule().equals("roadmap-mismatch")).toList();
    }

    @Test
    void phaseTotalTheRoadmapDoesNotHave() {
        List<Diagnostic> d = check(state("3 of 9 (Lists)", "1 of 3 in current phase"), ROADMAP);
        assertThat(d).hasSize(1);
        assertThat(d.get(0).line()).isEqualTo(5);
        assertThat(d.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(d.get(0).message()).contains("9 phases").contains(".planning/ROADMAP.md lists 3");
    }

    @Test
    void phaseNotInTheRoadmap() {
        List<Diagnostic> d = check(state("5 of 3 (Export)", "1 of 2"), ROADMAP);
        assertThat(d).extracting(Diagnostic::message).anyMatch(m -> m.startsWith("phase 5 is not in .planning/ROADMAP.md"));
    }

    @Test
    void planTotalTheRoadmapDoesNotHave() {
        List<Diagnostic> d = check(state("3 of 3 (Lists)", "1 of 4 in current phase"), ROADMAP);
        assertThat(d).hasSize(1);
        assertThat(d.get(0).line()).isEqualTo(6);
        assertThat(d.get(0).message()).contains("4 plans in phase 3").contains("lists 3");
    }

    @Test
    void silentWhenTheyAgree() {
        assertThat(check(state("3 of 3 (Lists)", "1 of 3 in current phase"), ROADMAP)).isEmpty();
        assertThat(check(state("03 of 3 (Lists)", "2 of 3"), ROADMAP)).isEmpty();
        // shipped phases drop out of roadmaps: a phase below the first listed one is not flagged
        assertThat(check(state("2 of 3", "1 of 3"), ROADMAP.replace("- [x] **Phase 1: Recipes** - store recipes\n", ""))).isEmpty();
    }

    @Test
    void silentWithoutARoadmap() {
        assertThat(check(state("3 of 9 (Lists)", "1 of 4"), null)).isEmpty();
    }

    @Test
    void checkReadsTheRoadmapBesideTheStateFile(@TempDir Path dir) throws IOException {
        Path planning = Files.createDirectories(dir.resolve(".planning"));
        Files.writeString(planning.resolve("STATE.md"), state("3 of 9 (Lists)", "1 of 3"));
        CliRun.Result without = CliRun.run(dir, "check", "--fail-on", "warning");
        assertThat(without.exit()).as(without.out()).isZero();
        Files.writeString(planning.resolve("ROADMAP.md"), ROADMAP);
        CliRun.Result with = CliRun.run(dir, "check", "--fail-on", "warning");
        assertThat(with.exit()).isEqualTo(1);
        assertThat(with.out()).contains("[roadmap-mismatch]").contains(":5:");
    }

    @Test
    void planFoldersCountToo(@TempDir Path dir) throws IOException {
        Path planning = Files.createDirectories(dir.resolve(".planning"));
        Files.writeString(planning.resolve("STATE.md"), state("3 of 3 (Lists)", "1 of 3"));
        Path phase = Files.createDirectories(planning.resolve("phases/03-lists"));
        for (String f : List.of("03-01-PLAN.md", "03-01-SUMMARY.md", "03-02-PLAN.md", "03-03-PLAN.md", "03-04-PLAN.md")) {
            Files.writeString(phase.resolve(f), "x\n");
        }
        CliRun.Result r = CliRun.run(dir, "check", "--fail-on", "warning");
        assertThat(r.out()).contains("holds 4 PLAN files");
        CliRun.Result status = CliRun.run(dir, "status", "--json");
        assertThat(status.out()).contains("\"plansDoneInPhase\"").containsPattern("\"plansInPhase\" : \\{\\s*\"value\" : 3,\\s*\"source\" : \"state\"");
        assertThat(status.out()).containsPattern("\"plansDoneInPhase\" : \\{\\s*\"value\" : 1,\\s*\"source\" : \"phases\"");
    }

    /** The corpus pairs whose state file and roadmap come from the same repository and commit: no false alarms. */
    @Test
    void corpusPairsFromTheSameCommitAreSilent() throws IOException {
        Shared.assumePresent();
        Path c = Shared.root().resolve("corpus");
        String[][] pairs = {
                {"052__art-kurachev__HMA__.planning_STATE.md", "003__art-kurachev__HMA__.planning_ROADMAP.md"},
                {"055__arthamegayasa__brainwave-entrainment__.planning_STATE.md", "006__arthamegayasa__brainwave-entrainment__.planning_ROADMAP.md"},
                {"088__ashhcowork77__task2__.planning_STATE.md", "009__ashhcowork77__task2__.planning_ROADMAP.md"},
                {"175__Moe-hub814__Ai-Fluent__.planning_STATE.md", "018__Moe-hub814__Ai-Fluent__.planning_ROADMAP.md"},
        };
        for (String[] p : pairs) {
            assertThat(check(Files.readString(c.resolve("state").resolve(p[0])), Files.readString(c.resolve("roadmap").resolve(p[1]))))
                    .as(p[0]).isEmpty();
        }
        // and it does speak when the roadmap is another project's (3 phases stated, 5 listed)
        assertThat(check(Files.readString(c.resolve("state").resolve(pairs[1][0])),
                Files.readString(c.resolve("roadmap").resolve("015__asasin235__HYDRA__.planning_ROADMAP.md")))).hasSize(1);
    }
}
