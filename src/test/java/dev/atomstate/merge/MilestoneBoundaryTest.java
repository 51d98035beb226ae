package dev.atomstate.merge;

import dev.atomstate.model.StateModel;
import dev.atomstate.parse.StateParser;
import dev.atomstate.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GSD's issue #1756 as a test: a worktree branch made during milestone v2.0 (phase 14) goes on completing v2.0 work
 * while main completes v2.0 and starts v3.0 at phase 21. Merged back with the driver, main keeps the v3.0 position
 * (phase, plan, milestone, progress, session) and gains the old branch's decision, metrics row and plan count —
 * whichever way round the merge is done.
 */
class MilestoneBoundaryTest {
    static final Map<String, String> CLOCK = Map.of("ATOMSTATE_NOW", "2026-05-20T09:00:00Z");

    @TempDir
    Path tmp;

    @Test
    void anOldMilestoneBranchNeverBringsBackTheOldPosition() throws IOException {
        GitWorld git = new GitWorld(tmp);
        String base = Files.readString(Path.of("src/test/resources/merge/milestone-switch/STATE.md"), StandardCharsets.UTF_8);
        Path main = git.repo(tmp.resolve("repo"), Map.of(".planning/STATE.md", base));
        Path old = tmp.resolve("old-worktree");
        git.git(main, "worktree", "add", "-q", "-b", "v2-work", old.toString()).ok();

        run(old, "complete-plan", "14-03", "--duration", "25min", "--tasks", "3", "--files", "5", "--title", "Merge tombstones");
        run(old, "decide", "Deleted records travel as tombstones for 30 days so late devices learn of the delete", "--phase", "14");
        git.commitAll(old, "14-03 done on the v2.0 worktree");

        run(main, "milestone", "complete", "--force");
        run(main, "milestone", "start", "v3.0", "--name", "Fleet Reports");
        run(main, "begin-phase", "21", "--name", "report-builder", "--plans", "4");
        run(main, "decide", "Reports render on the server; the app only downloads PDFs", "--phase", "21");
        git.commitAll(main, "v3.0 started at phase 21");

        git.git(main, "checkout", "-q", "-b", "plain-merge").ok();
        GitWorld.Run plain = git.git(main, "merge", "--no-edit", "-q", "v2-work");
        String plainResult = Files.readString(main.resolve(".planning/STATE.md"), StandardCharsets.UTF_8);
        System.out.println("#1756 with plain git: " + (plain.exit() != 0 ? "conflict" : "clean, phase "
                + StateParser.parse("STATE.md", plainResult).model().position().phase().raw()));
        if (plain.exit() != 0) {
            git.git(main, "merge", "--abort").ok();
        }
        git.git(main, "checkout", "-q", "main").ok();

        git.enableDriver(main);
        GitWorld.Run intoMain = git.git(main, "merge", "--no-edit", "-q", "v2-work");
        assertThat(intoMain.exit()).as(intoMain.out() + intoMain.err()).isZero();
        assertThat(intoMain.err()).contains("atomstate merge-driver: .planning/STATE.md: merged").contains("newer milestone v3.0");
        String merged = Files.readString(main.resolve(".planning/STATE.md"), StandardCharsets.UTF_8);
        StateModel m = StateParser.parse("STATE.md", merged).model();
        assertThat(m.position().phase().raw()).isEqualTo("21 (report-builder)");
        assertThat(m.position().plan().raw()).isEqualTo("1 of 4");
        assertThat(m.position().status().text()).isEqualTo("Ready to execute");
        assertThat(m.frontmatter()).containsEntry("milestone", "v3.0").containsEntry("milestone_name", "Fleet Reports")
                .containsEntry("progress.completed_plans", "0").containsEntry("stopped_at", "Began Phase 21: report-builder");
        // begin-phase --plans 4 on the new milestone's 0/0 counts the phase's plans (issue 14)
        assertThat(m.progress()).singleElement().satisfies(p -> {
            assertThat(p.done()).isZero();
            assertThat(p.total()).isEqualTo(4);
        });
        assertThat(m.session().stoppedAt().text()).isEqualTo("Began Phase 21: report-builder");
        assertThat(m.decisions()).extracting(StateModel.Decision::text)
                .contains("Deleted records travel as tombstones for 30 days so late devices learn of the delete",
                        "Reports render on the server; the app only downloads PDFs");
        assertThat(m.metrics()).anySatisfy(r -> assertThat(r.phase() + "-" + r.plan()).isEqualTo("14-03"));
        assertThat(m.velocity().totalPlans().text()).isEqualTo("12");
        assertThat(merged).doesNotContain("<<<<<<<").doesNotContain("Phase: 14");

        // the other way round: v3.0 merged into the old worktree gives the same state
        GitWorld.Run intoOld = git.git(old, "merge", "--no-edit", "-q", "main~1");
        assertThat(intoOld.exit()).as(intoOld.out() + intoOld.err()).isZero();
        String reverse = Files.readString(old.resolve(".planning/STATE.md"), StandardCharsets.UTF_8);
        assertThat(ModelView.ofState(reverse)).isEqualTo(ModelView.ofState(merged));
    }

    private static void run(Path dir, String... args) {
        CliRun.Result r = CliRun.run(dir, CLOCK, args);
        assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isZero();
    }
}
