package dev.atomstate.safety;

import dev.atomstate.testing.ExclusionProbeMain;
import dev.atomstate.testing.Processes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write removes its lock sidecar again, and that removal never lets two writers in: real processes pile up on
 * the sidecar while each holder removes it at its end, and a probe inside the locked section (see
 * {@link ExclusionProbeMain}) records any moment two of them hold the lock at once — which the content check before
 * the move would otherwise hide, by recomputing the clobbered update.
 */
class SidecarRemovalTest {
    @TempDir
    Path dir;

    @Test
    void writersThatRemoveTheSidecarNeverHoldTheLockTwiceAtOnce() throws Exception {
        int writers = 30 * Math.min(3, Processes.scale());
        Path work = Files.createDirectory(dir.resolve("work"));
        Path probe = Files.createDirectory(dir.resolve("probe"));
        Path logs = Files.createDirectory(dir.resolve("logs"));
        Path state = work.resolve("STATE.md");
        Files.writeString(state, ConcurrentWritersTest.fixture());
        // a sidecar a killed writer left: taken over, then removed like our own
        Files.writeString(work.resolve(".STATE.md.lock"), "pid 999999999 since 2020-01-01T00:00:00Z\n");
        Map<String, String> env = new HashMap<>(ConcurrentWritersTest.ENV);
        env.put(ExclusionProbeMain.PROBE_ENV, probe.toString());

        List<Processes.Running> running = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            running.add(Processes.start(work, logs, env, "decide", "Probe writer " + i + " decided", "-f", "STATE.md"));
        }
        for (Processes.Running r : running) {
            Processes.Done d = r.await();
            assertThat(d.exit()).as("pid %d: %s", r.pid(), d.err()).isZero();
        }
        assertThat(names(probe)).as("two writers inside the lock at once").doesNotContain("inside")
                .noneMatch(n -> n.startsWith("overlap-"));
        String text = Files.readString(state);
        for (int i = 0; i < writers; i++) {
            assertThat(ConcurrentWritersTest.occurrences(text, "Probe writer " + i + " decided")).as("writer %d", i).isEqualTo(1);
        }
        assertThat(names(work)).as("no sidecar or temp file left").containsExactly("STATE.md");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
