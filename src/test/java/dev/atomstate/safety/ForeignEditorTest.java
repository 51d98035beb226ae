package dev.atomstate.safety;

import dev.atomstate.cli.Cli;
import dev.atomstate.io.WritePause;
import dev.atomstate.testing.CliRun;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor that does not take the lock, writing at each point of our write path, placed there deterministically by
 * the injected {@link WritePause}: after the lock is taken (before our read), halfway through the temp file, and when
 * every temp file is complete (written, forced, given its mode) just before the content is checked and the file moved.
 * and between that look and the moves. Its change is never lost: read before we read, seen by the look and the update
 * computed again on top of it, or — an append in place after the look — seen in the replaced file after the move and
 * the update written again on top of it — after waiting for an editor that opened the file before our move and
 * still holds it open for writing. An editor that keeps writing gets the command refused with nothing of ours
 * written. The one write no look can catch, a whole file saved over ours between the last look and our move, is the
 * window README → Safety documents; a test here pins it down.
 */
class ForeignEditorTest {
    @TempDir
    Path dir;

    enum Editor {
        /** Appends to the file in place (O_APPEND), as a shell's {@code >>} or an editor that writes in place. */
        IN_PLACE,
        /** Writes a new file and renames it over ours, as most editors save. */
        RENAME
    }

    /**
     * Every point and editor but the one pair no look can catch (see {@link #anEditorSavingBetweenTheLastLookAndOurMoveIsTheWindowLeft}),
     * and {@code HELD_OPEN}, reached only when an editor holds the file open (see {@link #anEditorThatOpenedTheFileBeforeOurMoveAndWritesAfterItIsWaitedFor}).
     */
    static Stream<Arguments> everyPointAndEditor() {
        return Arrays.stream(WritePause.Point.values()).filter(p -> p != WritePause.Point.HELD_OPEN)
                .flatMap(p -> Arrays.stream(Editor.values()).map(e -> Arguments.of(p, e)))
                .filter(a -> !(a.get()[0] == WritePause.Point.CHECKED && a.get()[1] == Editor.RENAME));
    }

    static void edit(Path file, Editor editor, String line) {
        try {
            if (editor == Editor.IN_PLACE) {
                Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            } else {
                Path saved = file.resolveSibling("editor-save.tmp~");
                Files.writeString(saved, Files.readString(file) + line);
                Files.move(saved, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CliRun.Result decide(WritePause pause, String text) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(new String[] {"decide", text, "-f", "STATE.md"},
                new Cli.Context(new PrintWriter(out), new PrintWriter(err), Map.of("ATOMSTATE_NOW", CliRun.DEFAULT_NOW), dir, false), pause);
        return new CliRun.Result(exit, out.toString(), err.toString());
    }

    @ParameterizedTest(name = "{1} editor at {0}")
    @MethodSource("everyPointAndEditor")
    void aForeignWriteAtAnyPointOfTheWritePathIsKept(WritePause.Point point, Editor editor) throws IOException {
        Path state = dir.resolve("STATE.md");
        Files.writeString(state, ConcurrentWritersTest.fixture());
        boolean[] done = {false};
        CliRun.Result r = decide(p -> {
            if (p == point && !done[0]) {
                done[0] = true;
                edit(state, editor, "\nA note the editor added.\n");
            }
        }, "Ours, on top of the editor's");
        assertThat(done[0]).as("the pause point was reached").isTrue();
        assertThat(r.exit()).as(r.err()).isZero();
        String text = Files.readString(state);
        assertThat(ConcurrentWritersTest.occurrences(text, "A note the editor added.")).as("the editor's line").isEqualTo(1);
        assertThat(ConcurrentWritersTest.occurrences(text, "Ours, on top of the editor's")).as("our decision").isEqualTo(1);
        assertThat(text).startsWith(ConcurrentWritersTest.fixture().substring(0, ConcurrentWritersTest.fixture().indexOf("### Decisions")));
    }

    /**
     * An append our move replaced is found after the move and the update written again on the editor's version; an
     * append the editor then makes to our version before that second write is carried over onto it, not dropped.
     */
    @Test
    void appendsOnBothSidesOfOurMoveAreAllKept() throws IOException {
        Path state = dir.resolve("STATE.md");
        Files.writeString(state, ConcurrentWritersTest.fixture());
        int[] checked = {0};
        int[] beforeMove = {0};
        CliRun.Result r = decide(p -> {
            if (p == WritePause.Point.CHECKED && ++checked[0] == 1) {
                edit(state, Editor.IN_PLACE, "\nFirst, on the file our move replaces.\n");
            } else if (p == WritePause.Point.BEFORE_MOVE && ++beforeMove[0] == 2) {
                edit(state, Editor.IN_PLACE, "\nSecond, on our version.\n");
            }
        }, "Ours, once");
        assertThat(r.exit()).as(r.err()).isZero();
        String text = Files.readString(state);
        assertThat(beforeMove[0]).as("rounds").isEqualTo(3);
        assertThat(ConcurrentWritersTest.occurrences(text, "First, on the file our move replaces.")).isEqualTo(1);
        assertThat(ConcurrentWritersTest.occurrences(text, "Second, on our version.")).isEqualTo(1);
        assertThat(ConcurrentWritersTest.occurrences(text, "Ours, once")).isEqualTo(1);
        assertThat(text.indexOf("First, on")).isLessThan(text.indexOf("Second, on"));
    }

    /**
     * An append our first move replaced, found after it and written again on the editor's version; then a second append
     * between the look and the second move, onto our first version: the second look after the move must carry that
     * append over onto the editor's version, not compute from our first version plus it (which has lost the first).
     */
    @Test
    void appendsBetweenTheLookAndTheMoveInTwoRoundsAreBothKept() throws IOException {
        Path state = dir.resolve("STATE.md");
        Files.writeString(state, ConcurrentWritersTest.fixture());
        int[] checked = {0};
        CliRun.Result r = decide(p -> {
            if (p == WritePause.Point.CHECKED && ++checked[0] <= 2) {
                edit(state, Editor.IN_PLACE, "\nAppend " + checked[0] + " before a move.\n");
            }
        }, "Ours, once more");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(checked[0]).as("rounds").isEqualTo(3);
        String text = Files.readString(state);
        assertThat(ConcurrentWritersTest.occurrences(text, "Append 1 before a move.")).as("the first append").isEqualTo(1);
        assertThat(ConcurrentWritersTest.occurrences(text, "Append 2 before a move.")).as("the second append").isEqualTo(1);
        assertThat(ConcurrentWritersTest.occurrences(text, "Ours, once more")).isEqualTo(1);
        assertThat(text.indexOf("Append 1")).isLessThan(text.indexOf("Append 2"));
    }

    /**
     * The interleaving that lost a line in the free-running measurement: the editor opens the file (O_APPEND) before our
     * move and writes after it — after the moment our look at the replaced file used to read it — so its line went to
     * the replaced file only. The write is started only once the look after the move has found the editor holding the
     * file open; the look waits for it to close, finds the line, and writes our change again on top of it.
     */
    @Test
    void anEditorThatOpenedTheFileBeforeOurMoveAndWritesAfterItIsWaitedFor() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fdinfo")), "needs /proc to see who holds a file open");
        Path state = dir.resolve("STATE.md");
        Files.writeString(state, ConcurrentWritersTest.fixture());
        OutputStream[] opened = {null};
        Thread[] late = {null};
        CliRun.Result r = decide(p -> {
            try {
                if (p == WritePause.Point.CHECKED && opened[0] == null) {
                    opened[0] = Files.newOutputStream(state, StandardOpenOption.APPEND);
                } else if (p == WritePause.Point.HELD_OPEN && late[0] == null) {
                    OutputStream out = opened[0];
                    late[0] = new Thread(() -> {
                        try (out) {
                            // a moment after the look began waiting (it waits up to a second): an editor preempted between
                            // its open and its write; a look that read at once, without waiting, misses the line
                            Thread.sleep(100);
                            out.write("\nWritten after our move, opened before it.\n".getBytes(StandardCharsets.UTF_8));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                    late[0].start();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "Ours, after the late write");
        assertThat(late[0]).as("the look after the move found the editor holding the file").isNotNull();
        late[0].join();
        assertThat(r.exit()).as(r.err()).isZero();
        String text = Files.readString(state);
        assertThat(ConcurrentWritersTest.occurrences(text, "Written after our move, opened before it.")).as("the editor's line").isEqualTo(1);
        assertThat(ConcurrentWritersTest.occurrences(text, "Ours, after the late write")).as("our decision").isEqualTo(1);
    }

    /**
     * An editor that keeps the replaced file open for writing past the wait: what it wrote by then is merged, the command
     * says (exit 3) that it still holds the old file, and what it writes after that is lost — README → Safety → Limits.
     */
    @Test
    void anEditorHoldingTheReplacedFileOpenPastTheWaitIsNamed() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fdinfo")), "needs /proc to see who holds a file open");
        Path state = dir.resolve("STATE.md");
        Files.writeString(state, ConcurrentWritersTest.fixture());
        OutputStream[] opened = {null};
        CliRun.Result r;
        try {
            r = decide(p -> {
                try {
                    if (p == WritePause.Point.CHECKED && opened[0] == null) {
                        opened[0] = Files.newOutputStream(state, StandardOpenOption.APPEND);
                    } else if (p == WritePause.Point.HELD_OPEN) {
                        opened[0].write("\nWritten while it held the file.\n".getBytes(StandardCharsets.UTF_8));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, "Ours, next to a holder");
            opened[0].write("\nWritten after the command.\n".getBytes(StandardCharsets.UTF_8));
        } finally {
            if (opened[0] != null) {
                opened[0].close();
            }
        }
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("atomstate: STATE.md: our change was written, but process " + ProcessHandle.current().pid()
                + " still has the file as it was before open for writing, and what it writes there from now on is not in the file: check the file\n");
        String text = Files.readString(state);
        assertThat(ConcurrentWritersTest.occurrences(text, "Written while it held the file.")).as("written during the wait").isEqualTo(1);
        assertThat(ConcurrentWritersTest.occurrences(text, "Ours, next to a holder")).as("our decision").isEqualTo(1);
        assertThat(text).as("written to the replaced file after the command: the limit").doesNotContain("Written after the command.");
    }

    @Test
    void anEditorSavingBetweenTheLastLookAndOurMoveIsTheWindowLeft() throws IOException {
        Path state = dir.resolve("STATE.md");
        Files.writeString(state, ConcurrentWritersTest.fixture());
        CliRun.Result r = decide(p -> {
            if (p == WritePause.Point.CHECKED) {
                edit(state, Editor.RENAME, "\nSaved by the editor a moment too late.\n");
            }
        }, "Ours");
        assertThat(r.exit()).as(r.err()).isZero();
        // our move replaced the editor's file whole: the editor's save is gone, as README → Safety → Limits says
        assertThat(Files.readString(state)).contains("Ours").doesNotContain("a moment too late");
    }

    @Test
    void anEditorThatKeepsWritingGetsTheCommandRefusedWithNothingOfOursWritten() throws IOException {
        Path state = dir.resolve("STATE.md");
        Files.writeString(state, ConcurrentWritersTest.fixture());
        int[] edits = {0};
        CliRun.Result r = decide(p -> {
            if (p == WritePause.Point.BEFORE_MOVE) {
                edit(state, Editor.IN_PLACE, "\nEdit " + ++edits[0] + ".\n");
            }
        }, "Never written");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("atomstate: STATE.md: the file keeps changing while we write it; nothing was written, try again\n");
        StringBuilder expected = new StringBuilder(ConcurrentWritersTest.fixture());
        for (int i = 1; i <= edits[0]; i++) {
            expected.append("\nEdit ").append(i).append(".\n");
        }
        assertThat(edits[0]).isEqualTo(3);
        assertThat(Files.readString(state)).isEqualTo(expected.toString());
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("STATE.md");
        }
    }
}
