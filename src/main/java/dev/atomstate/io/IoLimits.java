package dev.atomstate.io;

/**
 * The bounds of one run's file access, resolved by the command line from the environment and the
 * configuration (io itself reads neither).
 *
 * @param lockTimeoutMs longest wait for another writer's lock
 * @param maxBytes      largest file read
 * @param limitHint     how the user raises {@code maxBytes}, for the refusal message
 */
public record IoLimits(long lockTimeoutMs, long maxBytes, String limitHint) {
    /**
     * Runaway state files are real (GSD issue #692: 470 MB) and the reader is linear and lean, so a 64 MB file is read
     * without configuration; past 128 MiB a planning file is a mistake, not a plan, and the cap's message says so.
     */
    public static final long DEFAULT_MAX_BYTES = 128L * 1024 * 1024;
    public static final long DEFAULT_LOCK_TIMEOUT_MS = 30_000;

    public static final IoLimits DEFAULTS = new IoLimits(DEFAULT_LOCK_TIMEOUT_MS, DEFAULT_MAX_BYTES,
            "limits.max-bytes in .atomstate.yml or ATOMSTATE_MAX_BYTES");

    public IoLimits {
        if (lockTimeoutMs < 0 || maxBytes < 1) {
            throw new IllegalArgumentException("negative limit");
        }
    }

    public IoLimits withMaxBytes(long bytes) {
        return new IoLimits(lockTimeoutMs, bytes, limitHint);
    }

    public IoLimits withLockTimeoutMs(long ms) {
        return new IoLimits(ms, maxBytes, limitHint);
    }
}
