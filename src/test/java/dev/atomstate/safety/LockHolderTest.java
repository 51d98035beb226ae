package dev.atomstate.safety;

import dev.atomstate.testing.CliRun;
import dev.atomstate.testing.Processes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A live lock is never stolen; the waiting writer gives up after its timeout and names the holder. */
class LockHolderTest {
    @TempDir
    Path dir;

    @Test
    void aLiveLockIsNeverStolenAndTheWaiterNamesItsHolder() throws Exception {
        Path state = dir.resolve("STATE.md");
        Files.writeString(state, ConcurrentWritersTest.fixture());
        Path logs = Files.createDirectory(dir.resolve("logs"));
        // the holder pauses 1.5 s at each of three points inside its locked write
        Processes.Running holder = Processes.start(dir, logs, Map.of("ATOMSTATE_TEST_WRITE_DELAY_MS", "1500"),
                "decide", "The holder's decision", "-f", "STATE.md");
        Path lock = dir.resolve(".STATE.md.lock");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!(Files.exists(lock) && Files.readString(lock).startsWith("pid " + holder.pid() + " since "))) {
            assertThat(System.nanoTime()).as("the holder never took the lock").isLessThan(deadline);
            Thread.sleep(5);
        }
        byte[] bytes = Files.readAllBytes(state);
        FileTime mtime = Files.getLastModifiedTime(state);

        Map<String, String> env = new HashMap<>(Map.of("ATOMSTATE_NOW", CliRun.DEFAULT_NOW, "ATOMSTATE_LOCK_TIMEOUT_MS", "300"));
        CliRun.Result waiter = CliRun.run(dir, env, "decide", "The waiter's decision", "-f", "STATE.md");
        assertThat(waiter.exit()).isEqualTo(3);
        assertThat(waiter.err()).startsWith("atomstate: STATE.md: locked by another writer (pid " + holder.pid() + ", running, since ")
                .contains("for over 300 ms; nothing was written").contains("lock.timeout").contains("ATOMSTATE_LOCK_TIMEOUT_MS");
        assertThat(waiter.err().lines()).hasSize(1);
        assertThat(Files.readAllBytes(state)).isEqualTo(bytes);
        assertThat(Files.getLastModifiedTime(state)).isEqualTo(mtime);

        Processes.Done done = holder.await();
        assertThat(done.exit()).as(done.err()).isZero();
        String text = Files.readString(state);
        assertThat(text).contains("The holder's decision").doesNotContain("The waiter's decision");

        // once the holder is gone, the same waiter gets through at once
        CliRun.Result again = CliRun.run(dir, env, "decide", "The waiter's decision", "-f", "STATE.md");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(Files.readString(state)).contains("The holder's decision").contains("The waiter's decision");
    }

    @Test
    void theLockTimeoutComesFromTheConfigWhenTheEnvironmentSaysNothing() throws Exception {
        Path state = dir.resolve("STATE.md");
        Files.writeString(state, ConcurrentWritersTest.fixture());
        Files.writeString(dir.resolve(".atomstate.yml"), "lock:\n  timeout: 250ms\n");
        Path logs = Files.createDirectory(dir.resolve("logs"));
        Processes.Running holder = Processes.start(dir, logs, Map.of("ATOMSTATE_TEST_WRITE_DELAY_MS", "1500"),
                "decide", "Held", "-f", "STATE.md");
        Path lock = dir.resolve(".STATE.md.lock");
        while (!(Files.exists(lock) && Files.readString(lock).startsWith("pid " + holder.pid() + " "))) {
            assertThat(holder.process().isAlive()).isTrue();
            Thread.sleep(5);
        }
        CliRun.Result waiter = CliRun.run(dir, "decide", "Waiting", "-f", "STATE.md");
        assertThat(waiter.exit()).isEqualTo(3);
        assertThat(waiter.err()).contains("for over 250 ms");
        assertThat(holder.await().exit()).isZero();
    }
}
