package dev.atomstate.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atomstate.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** git setup / unsetup with real git, in a repository and --global, each against an isolated HOME. */
class GitSetupTest {
    @TempDir
    Path tmp;

    private GitWorld git;
    private Map<String, String> env;

    private Path repo(Map<String, String> files) {
        git = new GitWorld(tmp);
        env = new HashMap<>(git.env);
        env.putAll(Branches.CLOCK);
        return git.repo(tmp.resolve("repo"), files);
    }

    private CliRun.Result run(Path dir, String... args) {
        return CliRun.run(dir, env, args);
    }

    @Test
    void setupWritesTheAttributesAndTheDriverOnceAndUnsetupTakesThemAway() throws IOException {
        Path repo = repo(Map.of(".planning/STATE.md", "# State\n\nPhase: 1 of 2\n", ".gitattributes", "*.png binary\r\n"));
        Path attributes = repo.resolve(".gitattributes");

        CliRun.Result dry = run(repo.resolve(".planning"), "git", "setup", "--command", "atomstate", "--dry-run");
        assertThat(dry.exit()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("+STATE.md merge=atomstate").contains("git config merge.atomstate.driver 'atomstate merge-driver %O %A %B -L %L -P %P'");
        assertThat(Files.readString(attributes)).isEqualTo("*.png binary\r\n");
        assertThat(git.git(repo, "config", "--get", "merge.atomstate.driver").exit()).isEqualTo(1);

        CliRun.Result setup = run(repo.resolve(".planning"), "git", "setup", "--command", "atomstate");
        assertThat(setup.exit()).as(setup.err()).isZero();
        assertThat(Files.readString(attributes)).isEqualTo("*.png binary\r\n\r\n"
                + "# atomstate: merge planning state by its structure (atomstate git setup)\r\n"
                + "STATE.md merge=atomstate\r\nWORKLOG.md merge=atomstate\r\n");
        assertThat(git.git(repo, "check-attr", "merge", ".planning/STATE.md").ok().out()).isEqualTo(".planning/STATE.md: merge: atomstate\n");
        assertThat(git.git(repo, "config", "--get", "merge.atomstate.driver").ok().out())
                .isEqualTo("atomstate merge-driver %O %A %B -L %L -P %P\n");
        assertThat(repo.resolve("..gitattributes.lock")).doesNotExist();

        byte[] once = Files.readAllBytes(attributes);
        CliRun.Result again = run(repo, "git", "setup", "--command", "atomstate", "--json");
        JsonNode doc = new ObjectMapper().readTree(again.out());
        assertThat(MergeDriverCommandTest.schema().validate(doc)).isEmpty();
        assertThat(doc.get("changed").asBoolean()).isFalse();
        assertThat(Files.readAllBytes(attributes)).isEqualTo(once);

        CliRun.Result unsetup = run(repo, "git", "unsetup");
        assertThat(unsetup.exit()).as(unsetup.err()).isZero();
        assertThat(Files.readString(attributes)).isEqualTo("*.png binary\r\n\r\n");
        assertThat(git.git(repo, "config", "--get", "merge.atomstate.driver").exit()).isEqualTo(1);
        assertThat(run(repo, "git", "unsetup").out()).contains("not set up here; nothing changed");
    }

    @Test
    void globalSetupUsesTheUsersConfigAndAttributesFile() throws IOException {
        Path repo = repo(Map.of(".planning/STATE.md", "# State\n\nPhase: 1 of 2\n"));
        CliRun.Result r = run(repo, "git", "setup", "--global", "--command", "/opt/atomstate/bin/atomstate");
        assertThat(r.exit()).as(r.err()).isZero();
        Path attributes = git.home.resolve(".config/git/attributes");
        assertThat(Files.readString(attributes)).contains("STATE.md merge=atomstate\n");
        assertThat(Files.readString(git.home.resolve(".gitconfig"))).contains("driver = /opt/atomstate/bin/atomstate merge-driver %O %A %B -L %L -P %P");
        assertThat(git.git(repo, "check-attr", "merge", ".planning/STATE.md").ok().out()).endsWith("merge: atomstate\n");
        assertThat(repo.resolve(".gitattributes")).doesNotExist();
        assertThat(run(repo, "git", "unsetup", "--global").exit()).isZero();
        assertThat(Files.readString(git.home.resolve(".gitconfig"))).doesNotContain("atomstate");
    }

    @Test
    void aConfiguredWorklogGetsItsOwnLine() throws IOException {
        Path repo = repo(Map.of(".planning/STATE.md", "# State\n\nPhase: 1 of 2\n", ".atomstate.yml", "worklog: notes/JOURNAL.md\n"));
        assertThat(run(repo, "git", "setup", "--command", "atomstate").exit()).isZero();
        assertThat(Files.readString(repo.resolve(".gitattributes"))).contains("/notes/JOURNAL.md merge=atomstate\n");
    }

    @Test
    void afterSetupAPlainGitMergeOfTwoBranchesGoesThroughTheDriver() throws IOException {
        String base = Files.readString(Path.of("planning-samples/gsd-template/.planning/STATE.md"), StandardCharsets.UTF_8);
        Path repo = repo(Map.of(".planning/STATE.md", base));
        assertThat(run(repo, "git", "setup", "--command", GitWorld.javaCommand()).exit()).isZero();
        git.commitAll(repo, "merge planning files with atomstate");
        git.git(repo, "checkout", "-q", "-b", "feature").ok();
        assertThat(run(repo, "decide", "Feature: shopping lists group by aisle", "--phase", "2").exit()).isZero();
        assertThat(run(repo, "complete-plan", "02-02", "--duration", "20min").exit()).isZero();
        git.commitAll(repo, "feature");
        git.git(repo, "checkout", "-q", "main").ok();
        assertThat(run(repo, "decide", "Main: recipes can be tagged", "--phase", "2").exit()).isZero();
        assertThat(run(repo, "block", "Main: the tag list needs a design review").exit()).isZero();
        git.commitAll(repo, "main");
        GitWorld.Run merge = git.git(repo, "merge", "--no-edit", "feature");
        assertThat(merge.exit()).as(merge.out() + merge.err()).isZero();
        assertThat(merge.err()).contains("atomstate merge-driver: .planning/STATE.md: merged (state)");
        String merged = Files.readString(repo.resolve(".planning/STATE.md"), StandardCharsets.UTF_8);
        assertThat(merged).contains("- [Phase 2]: Feature: shopping lists group by aisle", "- [Phase 2]: Main: recipes can be tagged",
                "- Main: the tag list needs a design review", "Plan: 2 of 3 in current phase", "| Phase 02 P02 | 20 min |");
    }
}
