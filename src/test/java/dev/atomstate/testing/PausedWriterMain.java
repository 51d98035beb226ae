package dev.atomstate.testing;

import dev.atomstate.cli.Main;

/**
 * The CLI's entry point with a writer that pauses at every point of its locked write (after the lock, halfway
 * through the temp file, before the move) for {@code ATOMSTATE_TEST_WRITE_DELAY_MS} milliseconds. Test class path
 * only: {@link Processes} starts it instead of {@code Main} when a test asks for the delay, so the crash and lock
 * tests can aim at the windows inside a real process's write while the product itself has no such setting.
 */
public final class PausedWriterMain {
    public static final String DELAY_ENV = "ATOMSTATE_TEST_WRITE_DELAY_MS";

    private PausedWriterMain() {
    }

    public static void main(String[] args) {
        System.exit(Main.run(args, sleeping(Long.parseLong(System.getenv(DELAY_ENV).strip()))));
    }

    /** A pause that sleeps {@code delayMs} at each point of the locked write. */
    public static dev.atomstate.io.WritePause sleeping(long delayMs) {
        return point -> {
            try {
                Thread.sleep(delayMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }
}
