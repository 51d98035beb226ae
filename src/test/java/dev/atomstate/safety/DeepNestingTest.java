package dev.atomstate.safety;

import dev.atomstate.app.AddItem;
import dev.atomstate.edit.Change;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.StateParser;
import dev.atomstate.testing.CliRun;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Hostile-input catalogue, issue 12 item 4: deeply nested lists. The parse and the list edits are linear in depth
 * (the placeholder pattern backtracked over the indentation of every line); the time is measured by
 * .ci/bench-deep, never asserted here. The property checks the edit over generated depths; the depth-1,500
 * case only guards against a hang.
 */
@AddLifecycleHook(FixedSeed.class)
class DeepNestingTest {
    @TempDir
    Path dir;

    static String nested(String heading, int depth, String indent) {
        StringBuilder sb = new StringBuilder("# Project State\n\n## Current Position\n\nPhase: 1 of 2 (Core)\n\n### ")
                .append(heading).append("\n\n");
        for (int i = 0; i < depth; i++) {
            sb.append(indent.repeat(i)).append("- item ").append(i).append('\n');
        }
        return sb.append("\n## Session Continuity\n\nStopped at: here\n").toString();
    }

    @Property(tries = 25)
    void aTodoAddedToAListNestedToAnyDepthGoesAfterItAndChangesNothingElse(@ForAll @IntRange(min = 1, max = 700) int depth,
                                                                            @ForAll @IntRange(min = 1, max = 4) int width) {
        String text = nested("Pending Todos", depth, " ".repeat(width));
        ParsedState ps = StateParser.parse("STATE.md", text);
        Change change = AddItem.todo(ps, "a new todo");
        String after = change.apply(text);
        String list = text.substring(0, text.indexOf("\n## Session"));
        assertThat(after).isEqualTo(list + "- a new todo\n" + text.substring(list.length()));
        ParsedState again = StateParser.parse("STATE.md", after);
        assertThat(AddItem.todo(again, "a new todo").isNoop()).as("idempotent").isTrue();
    }

    @Test
    void todoAddAndUnblockAtDepth1500Complete() throws Exception {
        Path todos = Files.writeString(dir.resolve("TODOS.md"), nested("Pending Todos", 1500, "  "));
        Path blockers = Files.writeString(dir.resolve("BLOCKERS.md"), nested("Blockers/Concerns", 1500, "  "));
        // a guard against a hang only (the old code took over a minute); the time itself is the benchmark's
        assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
            CliRun.Result add = CliRun.run(dir, "todo", "add", "one more", "-f", todos.getFileName().toString());
            assertThat(add.exit()).as(add.err()).isZero();
            CliRun.Result unblock = CliRun.run(dir, "unblock", "item 0", "-f", blockers.getFileName().toString());
            assertThat(unblock.exit()).as(unblock.err()).isZero();
        });
        assertThat(Files.readString(todos)).contains("\n- one more\n");
        assertThat(Files.readString(blockers)).doesNotContain("- item 0\n");
    }
}
