package dev.atomstate.safety;

import dev.atomstate.testing.Processes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The free-running counterpart of {@link ForeignEditorTest}: 20 atomstate writers (real processes, started again as
 * each finishes) and, in this JVM, an editor that does not lock and appends 600 lines to the file in place, one every 0–60 ms
 * (fixed seed). Counts what survived: every editor line and every decision that was not refused.
 * A measurement, not part of the gate (it runs for minutes on two CPUs):
 * {@code mvn -B -q test -Dtest=ForeignEditorMeasurement -Datomstate.measure.editor=600 -Dsurefire.failIfNoSpecifiedTests=false}.
 * With {@code -Datomstate.measure.editor.gap=5} the editor waits 0–5 ms (same seed) between opening the file and
 * writing its line, which turns the rare interleaving (opened before our move, written after it) into a common one.
 */
@EnabledIfSystemProperty(named = "atomstate.measure.editor", matches = "\\d+")
class ForeignEditorMeasurement {
    @TempDir
    Path dir;

    @Test
    void anEditorThatDoesNotLockLosesNothingUnderTwentyWriters() throws Exception {
        int appends = Integer.getInteger("atomstate.measure.editor");
        int gapMs = Integer.getInteger("atomstate.measure.editor.gap", 0);
        Path state = dir.resolve("STATE.md");
        Files.writeString(state, ConcurrentWritersTest.fixture());
        Path logs = Files.createDirectory(dir.resolve("logs"));
        AtomicBoolean editing = new AtomicBoolean(true);
        Thread editor = new Thread(() -> {
            Random random = new Random(20261201L);
            for (int i = 0; i < appends; i++) {
                String line = "Editor line " + i + " end\n";
                try {
                    if (gapMs == 0) {
                        ForeignEditorTest.edit(state, ForeignEditorTest.Editor.IN_PLACE, line);
                    } else {
                        appendAfterAGap(state, line, random.nextInt(gapMs + 1));
                    }
                    Thread.sleep(random.nextInt(60));
                } catch (InterruptedException e) {
                    return;
                }
            }
            editing.set(false);
        });
        List<Writer> writers = new ArrayList<>();
        List<String> decided = new ArrayList<>();
        int refused = 0;
        int next = 0;
        for (int w = 0; w < 20; w++) {
            writers.add(start(logs, next++, decided));
        }
        editor.start();
        while (!writers.isEmpty()) {
            Writer w = writers.remove(0);
            Processes.Done d = w.process().await();
            if (d.exit() != 0) {
                assertThat(d.err()).as("the only refusal allowed")
                        .isEqualTo("atomstate: STATE.md: the file keeps changing while we write it; nothing was written, try again\n");
                refused++;
                decided.remove(w.decision());
            }
            if (editing.get()) {
                writers.add(start(logs, next++, decided));
            }
        }
        editor.join();
        String text = Files.readString(state);
        int editorKept = 0;
        List<String> notOnce = new ArrayList<>();
        for (int i = 0; i < appends; i++) {
            int n = ConcurrentWritersTest.occurrences(text, "Editor line " + i + " end\n");
            editorKept += n == 1 ? 1 : 0;
            if (n != 1) {
                notOnce.add(i + "×" + n); // missing (×0) and doubled (×2) are different bugs
            }
        }
        long decisionsKept = decided.stream().filter(d -> ConcurrentWritersTest.occurrences(text, d) == 1).count();
        System.out.printf("ForeignEditorMeasurement: editor lines kept %d of %d; decisions kept %d of %d written (%d refused as 'keeps changing', %d writers started)%n",
                editorKept, appends, decisionsKept, decided.size(), refused, next);
        if (!notOnce.isEmpty()) {
            System.out.println("ForeignEditorMeasurement: editor lines not there exactly once (line×times): " + notOnce);
        }
        assertThat(editorKept).isEqualTo(appends);
        assertThat(decisionsKept).isEqualTo(decided.size());
    }

    /** An editor preempted between its open and its write, as one is on a loaded machine, made to happen often. */
    private static void appendAfterAGap(Path state, String line, int gapMs) throws InterruptedException {
        try (OutputStream out = Files.newOutputStream(state, StandardOpenOption.APPEND)) {
            Thread.sleep(gapMs);
            out.write(line.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Writer(Processes.Running process, String decision) {
    }

    private Writer start(Path logs, int n, List<String> decided) {
        String decision = "Writer decision " + n + " end";
        decided.add(decision);
        return new Writer(Processes.start(dir, logs, ConcurrentWritersTest.ENV, "decide", decision, "-f", "STATE.md"), decision);
    }
}
