package dev.atomstate.testing;

import dev.atomstate.cli.Main;
import dev.atomstate.io.WritePause;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CLI's entry point with a writer that marks its locked section in a folder ({@code ATOMSTATE_TEST_EXCLUSION_PROBE}):
 * on taking the lock it creates {@code inside} exclusively, and removes it just before the move. A writer that finds
 * {@code inside} already there shares the locked section with another one, and says so in an {@code overlap-PID} file.
 * Unlike the content check before the move, which would recompute an update a second holder clobbered, this sees two
 * holders directly. Test class path only, started by {@link Processes} when a test sets the variable.
 */
public final class ExclusionProbeMain {
    public static final String PROBE_ENV = "ATOMSTATE_TEST_EXCLUSION_PROBE";

    private ExclusionProbeMain() {
    }

    public static void main(String[] args) {
        System.exit(Main.run(args, probe(Path.of(System.getenv(PROBE_ENV)))));
    }

    static WritePause probe(Path dir) {
        Path inside = dir.resolve("inside");
        return point -> {
            try {
                if (point == WritePause.Point.LOCKED) {
                    try {
                        Files.createFile(inside);
                    } catch (FileAlreadyExistsException e) {
                        Files.writeString(dir.resolve("overlap-" + ProcessHandle.current().pid()), "two holders at once\n");
                    }
                    // hold the lock a while, so that waiters pile up on the sidecar the holder removes at its end
                    Thread.sleep(15);
                } else if (point == WritePause.Point.BEFORE_MOVE) {
                    Files.deleteIfExists(inside);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }
}
