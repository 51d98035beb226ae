package dev.atomstate.io;

/**
 * The bounds of one run's file access, resolved by the command line from the environment and the
 * configuration (io itself reads neither).
 *
 * @param lockTimeoutMs longest wait for another writer's lock
 * @param maxBytes      largest file read
 * @param limitHint     how the user raises {@code maxBytes}, for the refusal message
 * @param testDelayMs   test-only pause inside the locked write path (0 = none); it widens the windows that
 *                      the crash tests aim their SIGKILL at, and is never set in normal use
 */
public record IoLimits(long lockTimeoutMs, long maxBytes, String limitHint, long testDelayMs) {
    /** A planning file of 8 MiB is a mistake, not a plan. */
    public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;
    public static final long DEFAULT_LOCK_TIMEOUT_MS = 30_000;

    public static final IoLimits DEFAULTS = new IoLimits(DEFAULT_LOCK_TIMEOUT_MS, DEFAULT_MAX_BYTES,
            "limits.max-bytes in .atomstate.yml or ATOMSTATE_MAX_BYTES", 0);

    public IoLimits {
        if (lockTimeoutMs < 0 || maxBytes < 1 || testDelayMs < 0) {
            throw new IllegalArgumentException("negative limit");
        }
    }

    public IoLimits withMaxBytes(long bytes) {
        return new IoLimits(lockTimeoutMs, bytes, limitHint, testDelayMs);
    }

    public IoLimits withLockTimeoutMs(long ms) {
        return new IoLimits(ms, maxBytes, limitHint, testDelayMs);
    }

    /** Sleeps for the test delay, if one is set; an interrupt ends the pause early. */
    void pause() {
        if (testDelayMs > 0) {
            try {
                Thread.sleep(testDelayMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
