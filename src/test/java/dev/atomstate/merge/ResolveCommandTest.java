package dev.atomstate.merge;

import dev.atomstate.app.merge.Markers;
import dev.atomstate.app.merge.ThreeWayMerge;
import dev.atomstate.testing.CliRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** resolve: a file git already left with conflict markers is merged from the versions the markers hold. */
class ResolveCommandTest {
    @TempDir
    Path tmp;

    static final Path SAMPLE = Path.of("planning-samples/frontmatter/.planning/STATE.md");

    /** A repository where plain git conflicted on STATE.md; returns the work tree. */
    private Path conflicted(GitWorld git, String style, List<String[]> ours, List<String[]> theirs) throws IOException {
        String base = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        Path repo = git.repo(tmp.resolve("repo"), Map.of(".planning/STATE.md", base));
        git.git(repo, "checkout", "-q", "-b", "theirs").ok();
        Files.writeString(repo.resolve(".planning/STATE.md"), Branches.after(base, theirs), StandardCharsets.UTF_8);
        git.commitAll(repo, "theirs");
        git.git(repo, "checkout", "-q", "main").ok();
        Files.writeString(repo.resolve(".planning/STATE.md"), Branches.after(base, ours), StandardCharsets.UTF_8);
        git.commitAll(repo, "ours");
        GitWorld.Run merge = git.git(repo, "-c", "merge.conflictStyle=" + style, "merge", "--no-edit", "-q", "theirs");
        assertThat(merge.exit()).as("plain git conflicts here").isNotZero();
        return repo;
    }

    @ParameterizedTest
    @ValueSource(strings = {"merge", "diff3"})
    void aConflictedStateFileIsResolvedLikeTheDriverWouldHaveMergedIt(String style) throws IOException {
        GitWorld git = new GitWorld(tmp);
        List<String[]> ours = Branches.cmds(new String[] {"decide", "Ours: links expire after a week", "--phase", "08"},
                new String[] {"complete-plan", "08-03", "--duration", "12min", "--title", "Slideshow"});
        List<String[]> theirs = Branches.cmds(new String[] {"decide", "Theirs: thumbnails are WebP", "--phase", "08"},
                new String[] {"block", "Theirs: the CDN contract is unsigned"});
        Path repo = conflicted(git, style, ours, theirs);
        Path file = repo.resolve(".planning/STATE.md");
        assertThat(Files.readString(file)).contains("<<<<<<<");

        CliRun.Result r = CliRun.run(repo, Branches.CLOCK, "resolve");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("resolved ").contains("conflict region(s) in .planning/STATE.md");
        String resolved = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(resolved).doesNotContain("<<<<<<<").doesNotContain(">>>>>>>");

        String base = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        ThreeWayMerge.Result driver = ThreeWayMerge.merge(base, Branches.after(base, ours), Branches.after(base, theirs),
                new ThreeWayMerge.Options(ThreeWayMerge.Kind.STATE, "STATE.md", Markers.of(7)));
        assertThat(driver.clean()).isTrue();
        assertThat(ModelView.ofState(resolved)).isEqualTo(ModelView.ofState(driver.text()));

        CliRun.Result again = CliRun.run(repo, Branches.CLOCK, "resolve");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).startsWith("atomstate: .planning/STATE.md: no git conflict markers");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(resolved);
    }

    @Test
    void aConflictOnlyAPersonCanDecideIsRefusedAndNothingIsWritten() throws IOException {
        GitWorld git = new GitWorld(tmp);
        Path repo = conflicted(git, "merge", Branches.cmds(new String[] {"set", "status", "Blocked on legal"}),
                Branches.cmds(new String[] {"set", "status", "Paused for the release"}));
        Path file = repo.resolve(".planning/STATE.md");
        String before = Files.readString(file, StandardCharsets.UTF_8);
        CliRun.Result r = CliRun.run(repo, Branches.CLOCK, "resolve", ".planning/STATE.md");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines().toList()).singleElement().asString()
                .startsWith("atomstate: .planning/STATE.md: 1 conflict(s) remain that need a person (status)");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(before);
    }
}
