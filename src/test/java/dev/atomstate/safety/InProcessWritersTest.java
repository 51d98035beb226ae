package dev.atomstate.safety;

import dev.atomstate.testing.CliRun;
import dev.atomstate.testing.Processes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writers that are threads of one JVM (the MCP server runs every tool call in-process). The OS lock alone
 * cannot order them: a JVM holds one lock per file, and on Linux closing any descriptor of the lock file
 * drops the process's lock, so an in-process waiter that gave up could let another process in.
 */
class InProcessWritersTest {
    @TempDir
    Path dir;

    @Test
    void twentyThreadsDecidingAtOnceKeepEveryDecision() throws Exception {
        Path state = dir.resolve("STATE.md");
        String before = ConcurrentWritersTest.fixture();
        Files.writeString(state, before);
        int n = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Future<CliRun.Result>> runs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String text = "In-process decision number " + i + " of the batch";
            runs.add(pool.submit(() -> {
                start.await();
                return CliRun.run(dir, env("60000"), "decide", text, "-f", "STATE.md");
            }));
        }
        start.countDown();
        for (Future<CliRun.Result> run : runs) {
            CliRun.Result r = run.get();
            assertThat(r.exit()).as(r.err()).isZero();
        }
        pool.shutdown();
        String after = Files.readString(state);
        for (int i = 0; i < n; i++) {
            assertThat(ConcurrentWritersTest.occurrences(after, "In-process decision number " + i + " of the batch")).as("decision %d", i).isEqualTo(1);
        }
        assertThat(CliRun.run(dir, "check", "-f", "STATE.md").exit()).isZero();
    }

    /**
     * A thread that times out waiting for a writer of its own JVM gives up without touching the lock file, and
     * says the holder is this process; the holder keeps its OS lock, so a writer in another process still waits.
     */
    @Test
    void anInProcessWaiterThatGivesUpLeavesTheHoldersLockInPlace() throws Exception {
        Path state = dir.resolve("STATE.md");
        Files.writeString(state, ConcurrentWritersTest.fixture());
        Map<String, String> slow = env("60000");
        slow.put("ATOMSTATE_TEST_WRITE_DELAY_MS", "1500"); // three pauses inside the locked write
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<CliRun.Result> holder = pool.submit(() -> CliRun.run(dir, slow, "decide", "The holder's decision", "-f", "STATE.md"));
        Path lock = dir.resolve(".STATE.md.lock");
        long deadline = System.nanoTime() + 60_000_000_000L;
        // the holder writes its pid into the new sidecar once it has the lock; only stat it here, since opening it
        // from this JVM and closing it again would drop the holder's lock (the hazard under test)
        while (!(Files.exists(lock) && Files.size(lock) > 0)) {
            assertThat(System.nanoTime()).as("the holder never took the lock").isLessThan(deadline);
            Thread.sleep(5);
        }

        CliRun.Result waiter = CliRun.run(dir, env("200"), "decide", "The waiter's decision", "-f", "STATE.md");
        assertThat(waiter.exit()).isEqualTo(3);
        assertThat(waiter.err()).startsWith("atomstate: STATE.md: locked by another writer (this process, pid " + ProcessHandle.current().pid() + ")")
                .contains("for over 200 ms; nothing was written");

        Path logs = Files.createDirectory(dir.resolve("logs"));
        Processes.Done other = Processes.run(dir, logs, Map.of("ATOMSTATE_LOCK_TIMEOUT_MS", "300"), "decide", "Another process's decision", "-f", "STATE.md");
        assertThat(other.exit()).as("another process must still find the lock held: " + other.err()).isEqualTo(3);
        assertThat(other.err()).contains("locked by another writer (pid " + ProcessHandle.current().pid() + ", running");

        CliRun.Result held = holder.get();
        pool.shutdown();
        assertThat(held.exit()).as(held.err()).isZero();
        assertThat(Files.readString(state)).contains("The holder's decision").doesNotContain("The waiter's decision")
                .doesNotContain("Another process's decision");
    }

    private static Map<String, String> env(String lockTimeoutMs) {
        Map<String, String> env = new HashMap<>();
        env.put("ATOMSTATE_NOW", CliRun.DEFAULT_NOW);
        env.put("ATOMSTATE_LOCK_TIMEOUT_MS", lockTimeoutMs);
        return env;
    }
}
