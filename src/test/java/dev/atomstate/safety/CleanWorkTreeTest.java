package dev.atomstate.safety;

import dev.atomstate.merge.GitWorld;
import dev.atomstate.testing.CliRun;
import dev.atomstate.testing.Processes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No lasting file of ours in the user's tree: in a real git repository without any .gitignore, after reading commands,
 * no-ops, dry runs, refusals and writes (committed), {@code git status} shows nothing — no lock sidecar, no temp file.
 */
class CleanWorkTreeTest {
    @TempDir
    Path tmp;

    @Test
    void gitStatusIsCleanAfterCommandsThatChangedNothingTracked() throws IOException {
        GitWorld git = new GitWorld(tmp);
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Path planning = Files.createDirectories(repo.resolve(".planning"));
        Path sample = Path.of("planning-samples/long-running/.planning");
        Files.copy(sample.resolve("STATE.md"), planning.resolve("STATE.md"));
        Files.copy(sample.resolve("WORKLOG.md"), planning.resolve("WORKLOG.md"));
        git.git(repo, "init", "-q", "-b", "main").ok();
        git.git(repo, "add", "-A").ok();
        git.git(repo, "commit", "-q", "-m", "base").ok();
        Map<String, String> env = new HashMap<>(git.env);
        env.put("ATOMSTATE_NOW", CliRun.DEFAULT_NOW);

        List<List<String>> reads = List.of(List.of("status"), List.of("status", "--full"), List.of("status", "--line"),
                List.of("status", "--json"), List.of("check"), List.of("check", "--format", "sarif"), List.of("decisions"),
                List.of("get", "status"), List.of("velocity"), List.of("progress"), List.of("log", "list"), List.of("history"));
        for (List<String> args : reads) {
            assertThat(CliRun.run(repo, env, args.toArray(String[]::new)).exit()).as("%s", args).isIn(0, 1);
        }
        assertThat(CliRun.run(repo, env, "decide", "Keep the tree clean").exit()).isZero();
        assertThat(porcelain(git, repo)).as("the write changed only the state file").isEqualTo(" M .planning/STATE.md\n");
        git.git(repo, "commit", "-q", "-am", "decided").ok();

        // no-ops, dry runs and refusals, in this JVM and as real processes
        assertThat(CliRun.run(repo, env, "decide", "Keep the tree clean").exit()).as("same decision again").isZero();
        assertThat(CliRun.run(repo, env, "decide", "Only shown", "--dry-run").exit()).isZero();
        assertThat(CliRun.run(repo, env, "todo", "add", "Only shown", "--dry-run").exit()).isZero();
        assertThat(CliRun.run(repo, env, "log", "add", "--objective", "Only shown", "--dry-run").exit()).isZero();
        assertThat(CliRun.run(repo, env, "complete-plan", "42-01").exit()).as("a plan of a phase not begun yet").isEqualTo(1);
        assertThat(CliRun.run(repo, env, "unblock", "no such blocker anywhere").exit()).isEqualTo(1);
        assertThat(CliRun.run(repo, env, "decide", "").exit()).isEqualTo(2);
        Path logs = Files.createDirectories(tmp.resolve("logs"));
        assertThat(Processes.run(repo, logs, env, "decide", "Keep the tree clean").exit()).isZero();
        assertThat(Processes.run(repo, logs, env, "check", "--fix", "--dry-run").exit()).isIn(0, 1);

        assertThat(porcelain(git, repo)).as("git status after commands that changed nothing tracked").isEmpty();
    }

    private static String porcelain(GitWorld git, Path repo) {
        return git.git(repo, "status", "--porcelain", "--untracked-files=all", "--ignored").ok().out();
    }
}
